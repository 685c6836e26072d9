int crunched = 0;
async Task Crunch()
{
    await Task.Delay(10);            // fetch the input
    crunched = await Task.Run(() => CountPrimes(Limit));   // computes on a pool thread; the loop is free until it resumes Crunch
}

var responsive = Timeline.Record("Kettle and crunch on an event loop");
await EventLoop.Run(() => Task.WhenAll(Kettle(), Crunch()));
Console.WriteLine($"Crunch found {crunched:N0} primes");
responsive
