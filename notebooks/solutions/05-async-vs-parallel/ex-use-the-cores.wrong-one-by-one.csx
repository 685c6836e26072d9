async Task<int[]> CountAll(int[] limits)
{
    int[] counts = new int[limits.Length];
    for (int i = 0; i < limits.Length; i++)
        counts[i] = await Task.Run(() => CountPrimes(limits[i]));   // offloaded, but each awaited before the next starts
    return counts;
}

var cpu = Timeline.Record("Count primes below each limit");
clock.Restart();
int[] counts = await Task.Run(() => CountAll(limits));
Console.WriteLine($"Counts: {string.Join(", ", counts.Select(count => count.ToString("N0")))} in {clock.Elapsed.TotalSeconds:0.00} s");
cpu
