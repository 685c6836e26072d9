await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var lookup = Timeline.Record("Give up after 0.5 s");
clock.Restart();
string? report = null;
Task<string> request = Fetch("/delay/2");
if (await Task.WhenAny(request, Task.Delay(500)) == request)
    report = await request;
else
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms");   // the race is lost, the request is not stopped
double gaveUpMs = clock.Elapsed.TotalMilliseconds;
lookup
