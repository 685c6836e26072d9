await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
string[] mirrors = { "/delay/2", "/delay/1", "/delay/0.3" };
var hedge = Timeline.Record("Hedged request");
clock.Restart();
var losers = new CancellationTokenSource();
Task<string>[] asks = mirrors.Select(path => Fetch(path, losers.Token)).ToArray();
Task<string> firstDone = await Task.WhenAny(asks);
losers.Cancel();                      // the two still running are losers
string fastest = await firstDone;
double answeredMs = clock.Elapsed.TotalMilliseconds;
Console.WriteLine($"{fastest} answered first, at {answeredMs:0} ms");
foreach (var ask in asks)
{
    try { await ask; } catch (OperationCanceledException) { }
}
losers.Dispose();
hedge
