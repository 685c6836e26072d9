await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var lookup = Timeline.Record("Give up after 0.5 s");
clock.Restart();
string? report = null;
try
{
    report = await FetchWithin("/delay/2", TimeSpan.FromMilliseconds(500), CancellationToken.None);   // the lesson's linked-token timeout
}
catch (TimeoutException ex)
{
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms: {ex.Message}");
}
double gaveUpMs = clock.Elapsed.TotalMilliseconds;
lookup
