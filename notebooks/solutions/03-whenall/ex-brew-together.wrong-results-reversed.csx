var kitchen = Timeline.Record("Three brews");
var cups = new List<string>(await Task.WhenAll(Brew("Ginger"), Brew("Green"), Brew("Masala")));   // concurrent, but in the wrong order
kitchen
