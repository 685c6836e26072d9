async Task Brew()
{
    await Task.Delay(50).Labeled("boil water");
    await Task.Delay(2000).Labeled("steeping");   // no thread held while steeping
}

var pool = new Timeline("Brews on the thread pool");
await Task.WhenAll(Enumerable.Range(1, ThreadPool.ThreadCount + Environment.ProcessorCount * 4).Select(i => pool.Lane($"brew {i}", Brew)));
pool.Gantt()
