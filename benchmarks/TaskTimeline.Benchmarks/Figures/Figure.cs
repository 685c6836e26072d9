namespace TaskTimeline.Benchmarks.Figures;

/// <summary>
/// A figure from docs/benchmarks.md that needs a stopwatch rather than BenchmarkDotNet: whole processes, a browser,
/// or seconds of real waiting. Each run yields named values; the harness repeats runs and reports median and range.
/// </summary>
internal abstract class Figure
{
    /// <summary>The name given to --figure.</summary>
    public abstract string Name { get; }

    /// <summary>What is measured and the bar it must meet, printed above the results.</summary>
    public abstract string Description { get; }

    /// <summary>Runs for a full measurement (the smoke run does one).</summary>
    public virtual int DefaultRuns => 10;

    /// <summary>Prepares once (builds, starts servers, launches browsers); not timed.</summary>
    public virtual Task SetUpAsync(FigureContext context) => Task.CompletedTask;

    /// <summary>Measures once. Throws if what it measured is wrong (lost events, missing bars, failed requests).</summary>
    public abstract Task<IReadOnlyList<Measurement>> MeasureAsync(FigureContext context);

    /// <summary>Releases what <see cref="SetUpAsync"/> started.</summary>
    public virtual Task TearDownAsync() => Task.CompletedTask;
}

/// <summary>One value from one run of a figure, e.g. ("recorded, over 2.000 s", 1.8, "ms").</summary>
internal readonly record struct Measurement(string Series, double Value, string Unit);

/// <summary>Where a figure runs: the repository it measures, a scratch folder, and whether this is a smoke run.</summary>
internal sealed record FigureContext(DirectoryInfo RepoRoot, DirectoryInfo Scratch, bool Smoke, TextWriter Log);
