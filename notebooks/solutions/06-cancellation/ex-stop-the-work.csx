await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var lookup = Timeline.Record("Give up after 0.5 s");
clock.Restart();
string? report = null;
var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
try
{
    report = await Fetch("/delay/2", giveUp.Token);   // the token reaches the request itself
}
catch (OperationCanceledException)
{
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms");
}
finally
{
    giveUp.Dispose();
}
double gaveUpMs = clock.Elapsed.TotalMilliseconds;
lookup
