using System.CommandLine;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TaskTimeline.Benchmarks.Figures;

namespace TaskTimeline.Benchmarks;

/// <summary>
/// Runs the benchmark suite behind docs/benchmarks.md. With no options it measures everything; --smoke runs every
/// benchmark and figure once, briefly, to prove the suite still compiles and runs (CI).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var smoke = new Option<bool>("--smoke") { Description = "Run every benchmark with BenchmarkDotNet's Dry job and every figure once (CI: proves the suite runs; the numbers mean nothing)." };
        var micro = new Option<bool>("--micro") { Description = "Run the BenchmarkDotNet benchmarks (the recorder's per-event costs) only." };
        var filter = new Option<string[]>("--filter") { Description = "BenchmarkDotNet filter globs, e.g. *ConcurrentRecording* (implies --micro).", AllowMultipleArgumentsPerToken = true };
        var figure = new Option<string[]>("--figure") { Description = $"Stopwatch figures to measure: {string.Join(", ", FigureCatalog.Names)} or all.", AllowMultipleArgumentsPerToken = true };
        var runs = new Option<int?>("--runs") { Description = "Runs per figure (default: each figure's own, usually 10)." };
        var quick = new Option<bool>("--quick") { Description = "Use BenchmarkDotNet's ShortRun job (3 iterations) instead of the results page's job (15 iterations): for development." };
        var inProcess = new Option<bool>("--in-process") { Description = "Run BenchmarkDotNet benchmarks in this process instead of a generated child process per benchmark." };
        var results = new Option<DirectoryInfo>("--results") { Description = "Where results go (BenchmarkDotNet reports, figure-*.json).", DefaultValueFactory = _ => new DirectoryInfo("BenchmarkDotNet.Artifacts") };
        var chart = new Option<bool>("--chart") { Description = "Draw docs/benchmarks-cost-vs-lanes.png from the saved ConcurrentRecording results (run --micro first; --smoke draws it into --results instead)." };
        var kernelCells = new Option<int?>("--kernel-cells") { Hidden = true, Description = "Internal: send N trivial cells straight to the .NET Interactive C# kernel and print their milliseconds (the runner figure's reference)." };
        var repo = new Option<DirectoryInfo?>("--repo") { Description = "Repository root (default: the folder above the current one that holds Course.slnx)." };

        var root = new RootCommand("TaskTimeline benchmark suite: the figures in docs/benchmarks.md.")
        {
            smoke, micro, quick, filter, figure, runs, inProcess, results, chart, repo, kernelCells,
        };
        root.SetAction(async (parsed, cancel) =>
        {
            if (parsed.GetValue(kernelCells) is { } cells) return await KernelCells.RunAsync(cells);
            var resultsDir = parsed.GetValue(results)!;
            var repoRoot = parsed.GetValue(repo) ?? FindRepoRoot();
            bool isSmoke = parsed.GetValue(smoke);
            var filters = parsed.GetValue(filter) ?? [];
            var figures = parsed.GetValue(figure) ?? [];
            bool wantsChart = parsed.GetValue(chart);
            bool explicitMicro = parsed.GetValue(micro) || filters.Length > 0;
            bool nothingChosen = !explicitMicro && figures.Length == 0 && !wantsChart;
            bool runMicro = explicitMicro || nothingChosen;
            bool runFigures = figures.Length > 0 || nothingChosen;

            if (runMicro && !RunMicro(isSmoke ? Job.Dry : parsed.GetValue(quick) ? Job.ShortRun : ResultsJob, parsed.GetValue(inProcess) || isSmoke, filters, resultsDir)) return 1;
            if (runFigures)
            {
                var selected = FigureCatalog.Select(figures);
                if (selected is null)
                {
                    Console.Error.WriteLine($"Unknown figure in '{string.Join(" ", figures)}'. Known figures: {string.Join(", ", FigureCatalog.Names)}, all.");
                    return 2;
                }
                var scratch = Directory.CreateTempSubdirectory("tasktimeline-bench-");
                var harness = new FigureHarness(new FigureContext(repoRoot, scratch, isSmoke, Console.Out), resultsDir);
                foreach (var f in selected) await harness.RunAsync(f, parsed.GetValue(runs));
            }
            // The smoke run draws the chart too (from its meaningless numbers), but beside its results, never over docs/.
            if (wantsChart || (isSmoke && runMicro && filters.Length == 0))
                await CostVsLanesChart.DrawAsync(resultsDir, isSmoke ? resultsDir.FullName : Path.Combine(repoRoot.FullName, "docs"), Console.Out);
            return 0;
        });
        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>The job behind docs/benchmarks.md: one process per benchmark, 5 warm-up and 15 measured iterations of ~0.5 s each.</summary>
    private static readonly Job ResultsJob = Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(15).WithId("Results");

    private static bool RunMicro(Job job, bool inProcess, string[] filters, DirectoryInfo results)
    {
        if (inProcess) job = job.WithToolchain(InProcessEmitToolchain.Instance);
        var config = DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
            .AddExporter(JsonExporter.Full)
            .WithArtifactsPath(results.FullName)
            .WithOptions(ConfigOptions.DisableLogFile);
        var bdnArgs = new List<string> { "--filter" };
        bdnArgs.AddRange(filters.Length > 0 ? filters : ["*"]);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(bdnArgs.ToArray(), config).ToArray();
        bool failed = summaries.Length == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        if (failed) Console.Error.WriteLine("Some benchmarks failed; see the BenchmarkDotNet log above.");
        return !failed;
    }

    private static DirectoryInfo FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Course.slnx"))) return dir;
        throw new InvalidOperationException($"No Course.slnx above {Environment.CurrentDirectory}; pass --repo.");
    }
}
