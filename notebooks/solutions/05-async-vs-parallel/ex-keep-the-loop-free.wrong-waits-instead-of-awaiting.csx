int crunched = 0;
async Task Crunch()
{
    await Task.Delay(10);            // fetch the input
    _ = Task.Run(() => crunched = CountPrimes(Limit));   // started, never awaited...
}

var responsive = Timeline.Record("Kettle and crunch on an event loop");
await EventLoop.Run(() => Task.WhenAll(Kettle(), Crunch()));
await Task.Delay(8000);              // ...so wait "long enough" for the result instead
Console.WriteLine($"Crunch found {crunched:N0} primes");
responsive
