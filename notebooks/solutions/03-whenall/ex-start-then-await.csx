var counter = Timeline.Record("Three brews, no WhenAll");
Task<string> masalaTask = Brew("Masala");   // all three start here...
Task<string> greenTask = Brew("Green");
Task<string> gingerTask = Brew("Ginger");
string first = await masalaTask;            // ...and are awaited here
string second = await greenTask;
string third = await gingerTask;
counter
