(shipped, shipping, peakShipping) = (0, 0, 0);     // keep: this exercise's counts
var couriers = Timeline.Record("Ship 9 orders");
var gate = new SemaphoreSlim(3);   // asyncio.Semaphore(3)
var shipments = new List<Task>();
await foreach (int order in Orders(9))
    shipments.Add(ShipWhenACourierIsFree(order));
await Task.WhenAll(shipments);

async Task ShipWhenACourierIsFree(int order)
{
    await gate.WaitAsync();
    try { await Ship(order); }
    finally { gate.Release(); }
}
int shippedWhenDone = shipped;                     // keep: what the check judges
Console.WriteLine($"{shippedWhenDone} of 9 shipped, at most {peakShipping} at once");
couriers
