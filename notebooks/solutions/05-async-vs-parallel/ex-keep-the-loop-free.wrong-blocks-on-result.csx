int crunched = 0;
async Task Crunch()
{
    await Task.Delay(10);            // fetch the input
    crunched = Task.Run(() => CountPrimes(Limit)).Result;   // offloaded, but the loop thread blocks until it is done
}

var responsive = Timeline.Record("Kettle and crunch on an event loop");
await EventLoop.Run(() => Task.WhenAll(Kettle(), Crunch()));
Console.WriteLine($"Crunch found {crunched:N0} primes");
responsive
