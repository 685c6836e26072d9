var kitchen = Timeline.Record("Three brews");
var cups = new List<string>(await Task.WhenAll(Brew("Masala"), Brew("Green"), Brew("Ginger")));
kitchen
