await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
string[] mirrors = { "/delay/2", "/delay/1", "/delay/0.3" };
var hedge = Timeline.Record("Hedged request");
clock.Restart();
CancellationTokenSource[] sources = mirrors.Select(_ => new CancellationTokenSource()).ToArray();
Task<string>[] asks = mirrors.Select((path, i) => Fetch(path, sources[i].Token)).ToArray();
Task<string> firstDone = await Task.WhenAny(asks);
for (int i = 0; i < asks.Length; i++)
    if (asks[i] != firstDone) sources[i].Cancel();   // each loser by its own source
string fastest = await firstDone;
double answeredMs = clock.Elapsed.TotalMilliseconds;
Console.WriteLine($"{fastest} answered first, at {answeredMs:0} ms");
try { await Task.WhenAll(asks); } catch (OperationCanceledException) { }
foreach (var source in sources) source.Dispose();
hedge
