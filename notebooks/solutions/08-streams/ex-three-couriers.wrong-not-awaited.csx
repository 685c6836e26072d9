(shipped, shipping, peakShipping) = (0, 0, 0);     // keep: this exercise's counts
var couriers = Timeline.Record("Ship 9 orders");
_ = Parallel.ForEachAsync(Orders(9), new ParallelOptions { MaxDegreeOfParallelism = 3 },
    async (order, cancellationToken) => await Ship(order));   // started, never awaited
int shippedWhenDone = shipped;                     // keep: what the check judges
Console.WriteLine($"{shippedWhenDone} of 9 shipped, at most {peakShipping} at once");
couriers
