var breakfast = Timeline.Record("Breakfast");
Task<string> chaiIsSteeping = MakeChai();    // started...
string toast = await MakeToast();
string[] tray = { "chai", toast };           // ...but never awaited: served before the chai is ready
await Serve(tray);
breakfast
