var kitchen = Timeline.Record("Three brews");
Task<string[]> brewing = Task.WhenAll(Brew("Masala"), Brew("Green"), Brew("Ginger"));   // started, never awaited
var cups = new List<string>();
kitchen
