var counter = Timeline.Record("Three brews, no WhenAll");
Task<string> masalaTask = Brew("Masala");
Task<string> greenTask = Brew("Green");
string first = await masalaTask;            // Ginger is not started until Masala is done
string second = await greenTask;
string third = await Brew("Ginger");
counter
