async Task Brew()
{
    await Task.Delay(50);         // boil water
    await Task.Factory.StartNew(() => Thread.Sleep(2000), TaskCreationOptions.LongRunning);   // steeping moved to a dedicated thread
}

int brews = ThreadPool.ThreadCount + Environment.ProcessorCount * 4;
var pool = Timeline.Record("Brews on the thread pool");
await Task.WhenAll(Enumerable.Range(1, brews).Select(_ => Brew()));
pool
