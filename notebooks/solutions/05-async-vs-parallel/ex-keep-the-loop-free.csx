var responsive = new Timeline("Kettle and crunch on an event loop", TimelineMode.EventLoop);
int crunched = 0;
await Task.WhenAll(
    responsive.Lane("kettle", Kettle),
    responsive.Lane("crunch", async () =>
    {
        await Task.Delay(10).Labeled("fetch the input");
        crunched = await Task.Run(() => CountPrimes(Limit)).Labeled("computing on a pool thread");   // the loop stays free
    }));
Console.WriteLine($"crunch found {crunched:N0} primes");
responsive.Gantt()
