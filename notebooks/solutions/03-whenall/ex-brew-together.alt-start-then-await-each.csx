var kitchen = Timeline.Record("Three brews");
Task<string>[] brews = new[] { "Masala", "Green", "Ginger" }.Select(Brew).ToArray();   // all three running
var cups = new List<string>();
foreach (var brew in brews) cups.Add(await brew);
kitchen
