var kitchen = Timeline.Record("Three brews");
var cups = new List<string>();
foreach (var name in new[] { "Masala", "Green", "Ginger" })
    cups.Add(await Brew(name));          // each brew waits for the one before
kitchen
