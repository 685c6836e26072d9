await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
string[] mirrors = { "/delay/2", "/delay/1", "/delay/0.3" };
var hedge = Timeline.Record("Hedged request");
clock.Restart();
var losers = new CancellationTokenSource();
Task<string> firstDone = await Task.WhenAny(mirrors.Select(path => Fetch(path)));   // the requests never get the token
losers.Cancel();
string fastest = await firstDone;
double answeredMs = clock.Elapsed.TotalMilliseconds;
Console.WriteLine($"{fastest} answered first, at {answeredMs:0} ms");
losers.Dispose();
hedge
