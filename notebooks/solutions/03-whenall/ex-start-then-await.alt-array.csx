var counter = Timeline.Record("Three brews, no WhenAll");
Task<string>[] started = { Brew("Masala"), Brew("Green"), Brew("Ginger") };
string first = await started[0];
string second = await started[1];
string third = await started[2];
counter
