var fetches = new Timeline("Three GETs");
var paths = new[] { "/delay/2", "/delay/2", "/delay/2" };
await Task.WhenAll(paths.Select((path, i) => fetches.Lane($"GET {i + 1}", () => Fetch(path))));
fetches.Gantt()
