await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var lookup = Timeline.Record("Give up after 0.5 s");
clock.Restart();
string? report = null;
var stopRequest = new CancellationTokenSource();
Task<string> request = Fetch("/delay/2", stopRequest.Token);
try
{
    report = await request.WaitAsync(TimeSpan.FromMilliseconds(500));
}
catch (TimeoutException)
{
    stopRequest.Cancel();   // stop waiting AND stop the work
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms");
}
try { await request; } catch (OperationCanceledException) { }
stopRequest.Dispose();
double gaveUpMs = clock.Elapsed.TotalMilliseconds;
lookup
