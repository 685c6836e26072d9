int crunched = 0;
var responsive = Timeline.Record("Kettle and crunch on an event loop");
await EventLoop.Run(() => Task.WhenAll(Kettle(), Task.Run(async () =>
{
    await Task.Delay(10);            // fetch the input
    crunched = CountPrimes(Limit);   // the whole crunch runs on the pool, never on the loop
})));
Console.WriteLine($"Crunch found {crunched:N0} primes");
responsive
