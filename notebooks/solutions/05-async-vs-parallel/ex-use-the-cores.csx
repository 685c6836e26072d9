var cpu = new Timeline("Jobs");
await Task.WhenAll(Enumerable.Range(1, jobs).Select(i => cpu.Run($"job {i}", () => CountPrimes(Limit))));
Console.WriteLine($"{cpu.Elapsed.TotalSeconds:0.00} s (sequential: {sequentialCpu.Elapsed.TotalSeconds:0.00} s)");
cpu.Gantt()
