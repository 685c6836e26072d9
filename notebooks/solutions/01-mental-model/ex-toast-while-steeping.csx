var breakfast = Timeline.Record("Breakfast");
Task<string> chaiIsSteeping = MakeChai();    // hot: the chai is already steeping
string toast = await MakeToast();            // toast meanwhile
string chaiCup = await chaiIsSteeping;       // then wait for the chai
string[] tray = { chaiCup, toast };
await Serve(tray);
breakfast
