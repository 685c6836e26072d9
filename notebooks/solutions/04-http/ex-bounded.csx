var twenty = new Timeline("20 GETs");
var gate = new SemaphoreSlim(5);
async Task FetchOne(int i)
{
    await gate.WaitAsync();                 // at most 5 get past here at once
    try
    {
        await twenty.Lane($"GET {i}", () => Fetch("/delay/1"));
    }
    finally
    {
        gate.Release();
    }
}
await Task.WhenAll(Enumerable.Range(1, 20).Select(FetchOne));
twenty.Gantt()
