var breakfast = Timeline.Record("Breakfast");
string[] tray = await Task.WhenAll(MakeChai(), MakeToast());   // results come back in argument order: chai, toast
await Serve(tray);
breakfast
