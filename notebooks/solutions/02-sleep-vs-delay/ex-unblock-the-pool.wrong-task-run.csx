async Task Brew()
{
    await Task.Delay(50);         // boil water
    await Task.Run(() => Thread.Sleep(2000));   // steeping moved to another pool thread
}

int brews = ThreadPool.ThreadCount + Environment.ProcessorCount * 4;
var pool = Timeline.Record("Brews on the thread pool");
await Task.WhenAll(Enumerable.Range(1, brews).Select(_ => Brew()));
pool
