(shipped, shipping, peakShipping) = (0, 0, 0);     // keep: this exercise's counts
var couriers = Timeline.Record("Ship 9 orders");
var shipments = new List<Task>();
await foreach (int order in Orders(9))
    shipments.Add(Ship(order));   // every order on the road at once
await Task.WhenAll(shipments);
int shippedWhenDone = shipped;                     // keep: what the check judges
Console.WriteLine($"{shippedWhenDone} of 9 shipped, at most {peakShipping} at once");
couriers
