async Task Brew()
{
    await Task.Delay(50);         // boil water
    await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);   // no context to come back to here anyway
}

int brews = ThreadPool.ThreadCount + Environment.ProcessorCount * 4;
var pool = Timeline.Record("Brews on the thread pool");
await Task.WhenAll(Enumerable.Range(1, brews).Select(_ => Brew()));
pool
