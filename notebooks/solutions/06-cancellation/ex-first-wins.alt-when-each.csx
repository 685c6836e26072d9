// Needs .NET 9 or later (Task.WhenEach).
await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
string[] mirrors = { "/delay/2", "/delay/1", "/delay/0.3" };
var hedge = Timeline.Record("Hedged request");
clock.Restart();
var losers = new CancellationTokenSource();
Task<string>[] asks = mirrors.Select(path => Fetch(path, losers.Token)).ToArray();
string fastest = "";
await foreach (Task<string> done in Task.WhenEach(asks))
{
    fastest = await done;
    losers.Cancel();
    break;
}
double answeredMs = clock.Elapsed.TotalMilliseconds;
Console.WriteLine($"{fastest} answered first, at {answeredMs:0} ms");
losers.Dispose();
hedge
