await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var twenty = Timeline.Record("20 GETs");
var gate = new SemaphoreSlim(5);
var requests = new List<Task<int>>();
foreach (var i in Enumerable.Range(1, 20))
{
    await gate.WaitAsync();
    try { requests.Add(Fetch("/delay/1")); }   // the gate only guards starting the request, not the request
    finally { gate.Release(); }
}
int[] codes = await Task.WhenAll(requests);
Console.WriteLine($"{codes.Count(code => code == 200)} of 20 answered 200");
twenty
