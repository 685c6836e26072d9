var breakfast = Timeline.Record("Breakfast");
string toast = await MakeToast();            // "the chai takes too long": skipped
string[] tray = { "chai", toast };
await Serve(tray);
breakfast
