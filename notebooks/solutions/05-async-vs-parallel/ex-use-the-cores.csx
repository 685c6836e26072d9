Task<int[]> CountAll(int[] limits) =>
    Task.WhenAll(limits.Select(limit => Task.Run(() => CountPrimes(limit))));   // every count started on the pool, then awaited together; results in order

var cpu = Timeline.Record("Count primes below each limit");
clock.Restart();
int[] counts = await Task.Run(() => CountAll(limits));
Console.WriteLine($"Counts: {string.Join(", ", counts.Select(count => count.ToString("N0")))} in {clock.Elapsed.TotalSeconds:0.00} s");
cpu
