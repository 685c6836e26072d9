var counter = Timeline.Record("Three brews, no WhenAll");
Task<string> masalaTask = Brew("Masala");
Task<string> greenTask = Brew("Green");
Task<string> gingerTask = Brew("Ginger");
string first = await greenTask;             // concurrent, but the results are mixed up
string second = await masalaTask;
string third = await gingerTask;
counter
