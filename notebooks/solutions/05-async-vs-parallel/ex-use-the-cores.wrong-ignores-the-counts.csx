int[] CountAll(int[] limits)
{
    int[] counts = new int[limits.Length];
    Parallel.For(0, limits.Length, i => CountPrimes(limits[i]));   // computes in parallel, keeps nothing
    return counts;
}

var cpu = Timeline.Record("Count primes below each limit");
clock.Restart();
int[] counts = await Task.Run(() => CountAll(limits));
Console.WriteLine($"Counts: {string.Join(", ", counts.Select(count => count.ToString("N0")))} in {clock.Elapsed.TotalSeconds:0.00} s");
cpu
