namespace TaskTimeline.Benchmarks.Figures;

/// <summary>
/// The headless runner's fixed costs: a fresh runner process on a one-cell notebook (cold start to first trivial cell,
/// upper bound: it includes writing the executed copy and exiting), and trivial cells after the first (from summary.json).
/// </summary>
internal sealed class RunnerStartFigure : Figure
{
    private const int LaterCells = 20;
    /// <summary>A long notebook: a cell late in it must cost what an early one does.</summary>
    private const int LongCells = 2000;
    private NotebookRunnerProcess? _runner;
    private string _one = "", _clockCell = "", _many = "", _long = "";

    public override string Name => "runner";
    public override string Description => "headless runner on the .NET Interactive kernel: cold start to first trivial cell (bar: ≤ 3 s); later trivial cell (bar: ≤ 25 ms over the kernel's own SubmitCode); 2,000-cell notebook, early vs late cells";

    public override async Task SetUpAsync(FigureContext context)
    {
        _runner = await NotebookRunnerProcess.BuildAsync(context);
        var folder = Path.Combine(context.Scratch.FullName, "runner");
        _one = NotebookFile.Write(Path.Combine(folder, "one-trivial-cell.ipynb"), ["1 + 1"]);
        // A trivial cell whose result is the moment it was produced: start to first result, without the runner's exit.
        _clockCell = NotebookFile.Write(Path.Combine(folder, "clock-cell.ipynb"), ["DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString()"]);
        _many = NotebookFile.Write(Path.Combine(folder, "trivial-cells.ipynb"), Enumerable.Range(1, LaterCells + 1).Select(i => $"var x{i} = {i} + 1;\nx{i}"));
        _long = NotebookFile.Write(Path.Combine(folder, "long-notebook.ipynb"), Enumerable.Range(1, LongCells).Select(i => $"var x{i} = {i} + 1;\nx{i}"));
        // The first run after a build also fills the OS file cache: a "cold start" here means a new process, not a cold disk.
        if (!context.Smoke) await _runner.RunAsync([_one], Path.Combine(folder, "out-warm"), folder);
    }

    public override async Task<IReadOnlyList<Measurement>> MeasureAsync(FigureContext context)
    {
        var folder = Path.GetDirectoryName(_one)!;
        var (coldWall, coldSummary) = await _runner!.RunAsync([_one], Path.Combine(folder, "out-one"), folder);
        long started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var (_, clockSummary) = await _runner.RunAsync([_clockCell], Path.Combine(folder, "out-clock"), folder);
        double firstResult = FirstResultUnixMs(clockSummary, folder) - started;
        var (_, manySummary) = await _runner.RunAsync([_many], Path.Combine(folder, "out-many"), folder);
        var cells = NotebookRunnerProcess.CellMs(manySummary);
        if (cells.Length != LaterCells + 1) throw new InvalidOperationException($"summary.json lists {cells.Length} cells for {_many}, expected {LaterCells + 1}.");
        var later = SeriesSummary.Of("later", "ms", cells[1..]);
        var (kernelWall, kernelCells, kernelFirstResult) = await KernelCells.MeasureAsync(LaterCells + 1);
        var kernelLater = SeriesSummary.Of("later", "ms", kernelCells[1..]);
        double[] longCells = context.Smoke ? [] : NotebookRunnerProcess.CellMs((await _runner.RunAsync([_long], Path.Combine(folder, "out-long"), folder)).Summary);
        // The same 2,000 cells in the bare kernel: whether a late cell's extra cost is the runner's or the kernel's own.
        double[] kernelLong = context.Smoke ? [] : (await KernelCells.MeasureAsync(LongCells)).CellMs;
        Measurement[] longNotebook = context.Smoke ? [] : new Measurement[]
        {
            new("2,000-cell notebook: median of cells 1–250", SeriesSummary.Of("early", "ms", longCells[..250]).Median, "ms"),
            new("2,000-cell notebook: median of cells 1501–1750", SeriesSummary.Of("late", "ms", longCells[1500..1750]).Median, "ms"),
            new("reference: the kernel's C# kernel alone, 2,000 cells: median of cells 1–250", SeriesSummary.Of("early", "ms", kernelLong[..250]).Median, "ms"),
            new("reference: the kernel's C# kernel alone, 2,000 cells: median of cells 1501–1750", SeriesSummary.Of("late", "ms", kernelLong[1500..1750]).Median, "ms"),
        };
        return
        [
            new("reference: the kernel's C# kernel alone, fresh process, start to first trivial cell's result", kernelFirstResult, "ms"),
            new("reference: the kernel's C# kernel alone, fresh process, start to exit after first trivial cell", kernelWall - kernelCells[1..].Sum(), "ms"),
            new("reference: the kernel's C# kernel alone, first trivial cell (SubmitCode)", kernelCells[0], "ms"),
            new($"reference: the kernel's C# kernel alone, later trivial cell (SubmitCode, median of cells 2–{LaterCells + 1})", kernelLater.Median, "ms"),
            new("cold start to first trivial cell's result (runner process start to the result)", firstResult, "ms"),
            new("cold start to first trivial cell (runner process, start to exit)", coldWall, "ms"),
            new("first trivial cell alone (summary.json)", NotebookRunnerProcess.CellMs(coldSummary)[0], "ms"),
            new($"later trivial cell (median of cells 2–{LaterCells + 1} in one run)", later.Median, "ms"),
            new($"later trivial cell (slowest of cells 2–{LaterCells + 1} in one run)", later.Max, "ms"),
            new("runner overhead over the kernel's own SubmitCode, later trivial cell (medians)", later.Median - kernelLater.Median, "ms"),
            .. longNotebook,
        ];
    }

    /// <summary>The value the clock cell returned, read from the executed copy.</summary>
    private static long FirstResultUnixMs(System.Text.Json.Nodes.JsonNode summary, string workingDirectory)
    {
        var executed = summary["notebooks"]![0]!["executedPath"]!.GetValue<string>();
        var notebook = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(workingDirectory, executed)))!;
        // A string result is shown as text/plain (a number would come as the kernel's HTML).
        var text = notebook["cells"]![0]!["outputs"]!.AsArray().Select(o => o?["data"]?["text/plain"]).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException($"{executed}: the clock cell has no text/plain result.");
        var value = text is System.Text.Json.Nodes.JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : text.GetValue<string>();
        return long.Parse(value.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
