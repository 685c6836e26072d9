using System.Diagnostics;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>
/// The whole course, run headless as CI runs it (exercise stubs as given), against the sum of its intrinsic waits
/// (course-waits.json). The course is copied to a scratch folder with this suite's own staged TaskTimeline.dll, so the
/// measurement never depends on, or disturbs, the repository's artifacts folder.
/// </summary>
internal sealed class CourseFigure : Figure
{
    private NotebookRunnerProcess? _runner;
    private CourseWaits? _waits;
    private string _course = "";

    public override string Name => "course";
    public override string Description => "whole course run headless vs the sum of its intrinsic waits (bar: ≤ 1.15 ×)";
    public override int DefaultRuns => 3;

    public override async Task SetUpAsync(FigureContext context)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "course-waits.json");
        _waits = CourseWaits.Load(manifest);
        var notebooks = Path.Combine(context.RepoRoot.FullName, "notebooks");
        _waits.Verify(notebooks, manifest);
        _runner = await NotebookRunnerProcess.BuildAsync(context);
        _course = Path.Combine(context.Scratch.FullName, "course");
        Copy(notebooks, Path.Combine(_course, "notebooks"));
        var data = Path.Combine(context.RepoRoot.FullName, "data");
        if (Directory.Exists(data)) Copy(data, Path.Combine(_course, "data"));
        Directory.CreateDirectory(Path.Combine(_course, "artifacts", "helpers"));
        var helper = Path.Combine(_course, "artifacts", "helpers", "TaskTimeline.dll");
        File.Copy(_runner.StagedHelper, helper, overwrite: true);
        // The lessons' first cell imports the loader the set-up build writes beside the library (by absolute path): write this copy's own.
        File.WriteAllLines(Path.Combine(_course, "artifacts", "helpers", "load.csx"),
            [$"#r \"{helper.Replace('\\', '/')}\"", "using TaskTimeline;", "using TaskTimeline.Lab;", "NotebookSession.Start();"]);
    }

    public override async Task<IReadOnlyList<Measurement>> MeasureAsync(FigureContext context)
    {
        var clock = Stopwatch.StartNew();
        CourseWaits.CountPrimes(2_000_000);
        double jobMs = clock.Elapsed.TotalMilliseconds;

        // The smoke run proves the pipeline on the shortest lesson; the full run takes the whole course.
        var shortest = _waits!.Notebooks.MinBy(n => _waits.IntrinsicMs(n, jobMs: 60_000))!; // CPU-bound lessons are slow on CI machines

        var targets = context.Smoke ? [Path.Combine(_course, "notebooks", shortest + ".ipynb")] : new[] { Path.Combine(_course, "notebooks") };
        var (wall, summary) = await _runner!.RunAsync(targets, Path.Combine(_course, "out"), _course);
        var measured = new List<Measurement>();
        double intrinsicTotal = 0;
        foreach (var notebook in summary["notebooks"]!.AsArray())
        {
            string name = notebook!["name"]!.GetValue<string>();
            string key = Path.GetFileNameWithoutExtension(name);
            double intrinsic = _waits!.IntrinsicMs(key, jobMs);
            double elapsed = notebook["elapsedMs"]!.GetValue<double>();
            intrinsicTotal += intrinsic;
            measured.Add(new($"{key}: run / intrinsic", elapsed / intrinsic, "×"));
        }
        measured.Add(new("whole run (runner process, start to exit)", wall, "ms"));
        measured.Add(new("sum of intrinsic waits (incl. CPU jobs)", intrinsicTotal, "ms"));
        measured.Add(new("one CPU job (CountPrimes(2,000,000), optimized, this process)", jobMs, "ms"));
        measured.Add(new("whole run / intrinsic", wall / intrinsicTotal, "×"));
        return measured;
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
