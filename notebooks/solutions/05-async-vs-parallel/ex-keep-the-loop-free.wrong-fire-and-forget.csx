int crunched = 0;
async Task Crunch()
{
    await Task.Delay(10);            // fetch the input
    _ = Task.Run(() => crunched = CountPrimes(Limit));       // the loop is free, but nobody awaits the result
}

var responsive = Timeline.Record("Kettle and crunch on an event loop");
await EventLoop.Run(() => Task.WhenAll(Kettle(), Crunch()));
Console.WriteLine($"Crunch found {crunched:N0} primes");
responsive
