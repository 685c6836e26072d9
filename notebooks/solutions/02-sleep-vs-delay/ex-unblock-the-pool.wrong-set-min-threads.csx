async Task Brew()
{
    await Task.Delay(50);         // boil water
    Thread.Sleep(2000);           // steeping
}

int brews = ThreadPool.ThreadCount + Environment.ProcessorCount * 4;
ThreadPool.GetMinThreads(out _, out int minIo);
ThreadPool.SetMinThreads(brews + 16, minIo);   // a thread for every sleeper, created on demand
var pool = Timeline.Record("Brews on the thread pool");
await Task.WhenAll(Enumerable.Range(1, brews).Select(_ => Brew()));
pool
