using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>The floor under the runner's per-cell cost: the same trivial cells through bare Roslyn scripting, in a fresh process.</summary>
internal static class RoslynCells
{
    /// <summary>Entry point of the hidden "--roslyn-cells N" mode: prints the first cell's and each later cell's milliseconds.</summary>
    public static async Task<int> RunAsync(int cells)
    {
        var clock = Stopwatch.StartNew();
        // The options the runner (and the kernel) use: its usings, core references, debug information on.
        var options = ScriptOptions.Default
            .WithImports("System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq")
            .AddReferences(typeof(Enumerable).Assembly, typeof(Task<>).Assembly)
            .WithEmitDebugInformation(true);
        var state = await CSharpScript.RunAsync("var x1 = 1 + 1;\nx1", options);
        Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (int i = 2; i <= cells; i++)
        {
            clock.Restart();
            state = await state.ContinueWithAsync($"var x{i} = {i} + 1;\nx{i}", options);
            Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return 0;
    }

    /// <summary>Runs this suite again in "--roslyn-cells" mode; returns the process wall time and the per-cell times.</summary>
    public static async Task<(double WallMs, double[] CellMs)> MeasureAsync(int cells)
    {
        var self = Path.Combine(AppContext.BaseDirectory, "TaskTimeline.Benchmarks.dll");
        var (exit, output, wall) = await NotebookRunnerProcess.RunAsync("dotnet", [self, "--roslyn-cells", cells.ToString(System.Globalization.CultureInfo.InvariantCulture)], AppContext.BaseDirectory, TimeSpan.FromMinutes(2));
        if (exit != 0) throw new InvalidOperationException($"--roslyn-cells exited {exit}:\n{output}");
        var ms = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (wall, ms);
    }
}
