using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>The floor under the runner's per-cell cost: the same trivial cells sent straight to the kernel's C# kernel (its own SubmitCode time), in a fresh process.</summary>
internal static class KernelCells
{
    /// <summary>Entry point of the hidden "--kernel-cells N" mode: prints the first cell's and each later cell's milliseconds.</summary>
    public static async Task<int> RunAsync(int cells)
    {
        var clock = Stopwatch.StartNew();
        using var kernel = new CSharpKernel().UseKernelHelpers();
        for (int i = 1; i <= cells; i++)
        {
            var result = await kernel.SubmitCodeAsync($"var x{i} = {i} + 1;\nx{i}");
            if (result.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>().FirstOrDefault() is { } failed)
                throw new InvalidOperationException(failed.Message);
            if (i == 1) Console.WriteLine($"{FirstResultPrefix}{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}");
            Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            clock.Restart();
        }
        return 0;
    }

    private const string FirstResultPrefix = "first result at unix ms ";

    /// <summary>
    /// Runs this suite again in "--kernel-cells" mode; returns the process wall time, the per-cell times, and the time from
    /// starting the process to the first cell's result.
    /// </summary>
    public static async Task<(double WallMs, double[] CellMs, double FirstResultMs)> MeasureAsync(int cells)
    {
        var self = Path.Combine(AppContext.BaseDirectory, "TaskTimeline.Benchmarks.dll");
        long started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var (exit, output, wall) = await NotebookRunnerProcess.RunAsync("dotnet", [self, "--kernel-cells", cells.ToString(System.Globalization.CultureInfo.InvariantCulture)], AppContext.BaseDirectory, TimeSpan.FromMinutes(5));
        if (exit != 0) throw new InvalidOperationException($"--kernel-cells exited {exit}:\n{output}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        long firstResult = long.Parse(lines.Single(l => l.StartsWith(FirstResultPrefix, StringComparison.Ordinal))[FirstResultPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
        var ms = lines.Where(l => !l.StartsWith(FirstResultPrefix, StringComparison.Ordinal))
            .Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (wall, ms, firstResult - started);
    }
}
