int crunched = 0;
async Task Crunch()
{
    await Task.Delay(10).ConfigureAwait(false);   // fetch the input, then resume on a pool thread instead of the loop
    crunched = CountPrimes(Limit);
}

var responsive = Timeline.Record("Kettle and crunch on an event loop");
await EventLoop.Run(() => Task.WhenAll(Kettle(), Crunch()));
Console.WriteLine($"Crunch found {crunched:N0} primes");
responsive
