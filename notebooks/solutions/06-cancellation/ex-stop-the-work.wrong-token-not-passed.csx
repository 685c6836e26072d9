await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var lookup = Timeline.Record("Give up after 0.5 s");
clock.Restart();
string? report = null;
var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
try
{
    report = await Fetch("/delay/2").WaitAsync(giveUp.Token);   // a token, but only for the waiting: the request never sees it
}
catch (OperationCanceledException)
{
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms");
}
giveUp.Dispose();
double gaveUpMs = clock.Elapsed.TotalMilliseconds;
lookup
