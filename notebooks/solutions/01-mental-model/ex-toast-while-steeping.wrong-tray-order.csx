var breakfast = Timeline.Record("Breakfast");
Task<string> chaiIsSteeping = MakeChai();
string toast = await MakeToast();
string chaiCup = await chaiIsSteeping;
string[] tray = { toast, chaiCup };          // in the order they were ready, not chai then toast
await Serve(tray);
breakfast
