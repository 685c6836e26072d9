await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var lookup = Timeline.Record("Give up after 0.5 s");
clock.Restart();
string? report = null;
var giveUp = new CancellationTokenSource();
try
{
    report = await Fetch("/delay/2", giveUp.Token);
    giveUp.CancelAfter(TimeSpan.FromMilliseconds(500));   // armed only after the request has already ended
}
catch (OperationCanceledException)
{
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms");
}
giveUp.Dispose();
double gaveUpMs = clock.Elapsed.TotalMilliseconds;
lookup
