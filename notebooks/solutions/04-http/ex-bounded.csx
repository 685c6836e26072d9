await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var twenty = Timeline.Record("20 GETs");
var gate = new SemaphoreSlim(5);
async Task<int> FetchGated(string path)
{
    await gate.WaitAsync();                 // at most 5 get past here at once
    try
    {
        return await Fetch(path);
    }
    finally
    {
        gate.Release();
    }
}
int[] codes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => FetchGated("/delay/1")));
Console.WriteLine($"{codes.Count(code => code == 200)} of 20 answered 200");
twenty
