using BenchmarkDotNet.Attributes;

namespace TaskTimeline.Benchmarks.Recorder;

/// <summary>
/// The recorder under contention: every core records lane lives into the same timeline at once.
/// Each invoke records 80,000 events, as 8,000 lanes split into timelines of <see cref="Lanes"/> lanes, so the per-timeline
/// cost (lane registration, first chunk) is counted at its true share while the fork/join of the threads is not.
/// </summary>
[MemoryDiagnoser]
public class ConcurrentRecording
{
    private const int EventsPerInvoke = 80_000;
    private const int LanesPerInvoke = EventsPerInvoke / LaneLife.EventsPerLane;

    private string[] _names = null!;
    private Timeline[] _timelines = [];

    /// <summary>Lanes per timeline, all alive at once.</summary>
    [Params(10, 100, 1_000, 10_000)]
    public int Lanes { get; set; }

    /// <summary>Threads recording at once: one, and every core.</summary>
    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    public static IEnumerable<int> ThreadCounts => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    [GlobalSetup]
    public void Setup() => _names = LaneLife.Names(Lanes);

    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public void RecordLaneLives()
    {
        int rounds = Math.Max(1, LanesPerInvoke / Lanes);
        var timelines = new Timeline[rounds];
        for (int r = 0; r < rounds; r++) timelines[r] = new Timeline("bench"); // the default capacity, as notebooks use it
        int lanesPerTimeline = Math.Min(Lanes, LanesPerInvoke);
        if (Threads == 1) RecordShare(timelines, lanesPerTimeline, 0, 1);
        else Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, w => RecordShare(timelines, lanesPerTimeline, w, Threads));
        _timelines = timelines;
    }

    private void RecordShare(Timeline[] timelines, int lanes, int worker, int workers)
    {
        foreach (var timeline in timelines)
            for (int i = worker; i < lanes; i += workers) LaneLife.Record(timeline, _names[i]);
    }

    /// <summary>Proves the last invoke lost nothing: every lane of every timeline holds its eight events in order.</summary>
    [GlobalCleanup]
    public void VerifyNoLostEvents()
    {
        int lanes = Math.Min(Lanes, LanesPerInvoke);
        foreach (var timeline in _timelines) LaneLife.Verify(timeline, lanes);
    }
}
