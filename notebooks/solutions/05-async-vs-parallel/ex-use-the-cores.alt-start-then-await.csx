async Task<int[]> CountAll(int[] limits)
{
    var running = new List<Task<int>>();
    foreach (var limit in limits)
        running.Add(Task.Run(() => CountPrimes(limit)));     // start every count first...
    int[] counts = new int[limits.Length];
    for (int i = 0; i < limits.Length; i++)
        counts[i] = await running[i];                        // ...then await them in order
    return counts;
}

var cpu = Timeline.Record("Count primes below each limit");
clock.Restart();
int[] counts = await Task.Run(() => CountAll(limits));
Console.WriteLine($"Counts: {string.Join(", ", counts.Select(count => count.ToString("N0")))} in {clock.Elapsed.TotalSeconds:0.00} s");
cpu
