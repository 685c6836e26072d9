var orders = Channel.CreateBounded<int>(12);   // bounded, but never full
(taken, peakBacklog) = (0, 0);                 // keep: this exercise's counts
var buffered = Timeline.Record("12 items, 2 consumers");
clock.Restart();
await Task.WhenAll(Produce(orders, 12), Consume(orders.Reader, "A"), Consume(orders.Reader, "B"));
Console.WriteLine($"Producer finished at {producerDoneMs:0} ms; at most {peakBacklog} items waited in the channel; {taken} of 12 processed");
buffered
