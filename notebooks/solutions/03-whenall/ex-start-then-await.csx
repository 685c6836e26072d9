var counter = new Timeline("Three brews, no WhenAll");
Task<string> masalaTask = counter.Lane("Masala", () => Brew("Masala"));   // all three start here...
Task<string> greenTask = counter.Lane("Green", () => Brew("Green"));
Task<string> gingerTask = counter.Lane("Ginger", () => Brew("Ginger"));
string first = await masalaTask;                                          // ...and are awaited here
string second = await greenTask;
string third = await gingerTask;
counter.Gantt()
