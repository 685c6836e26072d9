namespace TaskTimeline.Benchmarks.Figures;

/// <summary>
/// The headless runner's fixed costs: a fresh runner process on a one-cell notebook (cold start to first trivial cell,
/// upper bound: it includes writing the executed copy and exiting), and trivial cells after the first (from summary.json).
/// </summary>
internal sealed class RunnerStartFigure : Figure
{
    private const int LaterCells = 20;
    private NotebookRunnerProcess? _runner;
    private string _one = "", _many = "";

    public override string Name => "runner";
    public override string Description => "headless runner: cold start to first trivial cell (bar: < 3 s); later trivial cell (bar: ≤ 20 ms)";

    public override async Task SetUpAsync(FigureContext context)
    {
        _runner = await NotebookRunnerProcess.BuildAsync(context);
        var folder = Path.Combine(context.Scratch.FullName, "runner");
        _one = NotebookFile.Write(Path.Combine(folder, "one-trivial-cell.ipynb"), ["1 + 1"]);
        _many = NotebookFile.Write(Path.Combine(folder, "trivial-cells.ipynb"), Enumerable.Range(1, LaterCells + 1).Select(i => $"var x{i} = {i} + 1;\nx{i}"));
        // The first run after a build also fills the OS file cache: a "cold start" here means a new process, not a cold disk.
        if (!context.Smoke) await _runner.RunAsync([_one], Path.Combine(folder, "out-warm"), folder);
    }

    public override async Task<IReadOnlyList<Measurement>> MeasureAsync(FigureContext context)
    {
        var folder = Path.GetDirectoryName(_one)!;
        var (coldWall, coldSummary) = await _runner!.RunAsync([_one], Path.Combine(folder, "out-one"), folder);
        var (_, manySummary) = await _runner.RunAsync([_many], Path.Combine(folder, "out-many"), folder);
        var cells = NotebookRunnerProcess.CellMs(manySummary);
        if (cells.Length != LaterCells + 1) throw new InvalidOperationException($"summary.json lists {cells.Length} cells for {_many}, expected {LaterCells + 1}.");
        var later = SeriesSummary.Of("later", "ms", cells[1..]);
        var (roslynWall, roslynCells) = await RoslynCells.MeasureAsync(LaterCells + 1);
        var roslynLater = SeriesSummary.Of("later", "ms", roslynCells[1..]);
        return
        [
            new("reference: bare Roslyn scripting, fresh process, start to exit after first trivial cell", roslynWall - roslynCells[1..].Sum(), "ms"),
            new("reference: bare Roslyn scripting, first trivial cell", roslynCells[0], "ms"),
            new($"reference: bare Roslyn scripting, later trivial cell (median of cells 2–{LaterCells + 1})", roslynLater.Median, "ms"),
            new("cold start to first trivial cell (runner process, start to exit)", coldWall, "ms"),
            new("first trivial cell alone (summary.json)", NotebookRunnerProcess.CellMs(coldSummary)[0], "ms"),
            new($"later trivial cell (median of cells 2–{LaterCells + 1} in one run)", later.Median, "ms"),
            new($"later trivial cell (slowest of cells 2–{LaterCells + 1} in one run)", later.Max, "ms"),
        ];
    }
}
