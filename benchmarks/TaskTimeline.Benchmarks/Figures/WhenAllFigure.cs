using System.Diagnostics;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>The course's first claim: WhenAll of three 2 s brews takes about 2 s, recorded or not.</summary>
internal sealed class WhenAllFigure : Figure
{
    private const int BrewMs = 2000;

    public override string Name => "whenall";
    public override string Description => "WhenAll of three 2 s delays: time over 2.000 s, recorded (bar: median ≤ 5 ms) vs unrecorded";

    public override async Task<IReadOnlyList<Measurement>> MeasureAsync(FigureContext context)
    {
        double plain = await Unrecorded();
        var (pool, poolTotal) = await Recorded(TimelineMode.ThreadPool);
        var (loop, _) = await Recorded(TimelineMode.EventLoop);
        var (automatic, automaticTotal) = await RecordedAutomatically();
        return
        [
            new("unrecorded: over 2.000 s", plain, "ms"),
            new("Timeline.Record (plain code): over 2.000 s", automatic, "ms"),
            new("Timeline.Record timeline's own total: over 2.000 s", automaticTotal, "ms"),
            new("recorded (thread pool): over 2.000 s", pool, "ms"),
            new("recorded (event loop): over 2.000 s", loop, "ms"),
            new("recorded timeline's own total: over 2.000 s", poolTotal, "ms"),
        ];
    }

    private static async Task<double> Unrecorded()
    {
        static async Task Brew() => await Task.Delay(BrewMs);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Brew(), Brew(), Brew());
        return clock.Elapsed.TotalMilliseconds - BrewMs;
    }

    private static async Task<(double OverMs, double TimelineOverMs)> RecordedAutomatically()
    {
        static async Task Brew() => await Task.Delay(BrewMs);
        using var timeline = Timeline.Record("WhenAll");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Brew(), Brew(), Brew());
        double over = clock.Elapsed.TotalMilliseconds - BrewMs;
        timeline.Dispose();
        var snapshot = timeline.Snapshot();
        if (snapshot.Lanes.Count != 3 || snapshot.Lanes.Any(l => l.Outcome != LaneOutcome.Completed || !l.Segments.Any(s => s.Phase == SegmentPhase.Awaiting && s.Label == "Task.Delay")))
            throw new InvalidOperationException($"Timeline.Record did not see three brews awaiting Task.Delay and completing:\n{snapshot}");
        return (over, snapshot.TotalMs - BrewMs);
    }

    private static async Task<(double OverMs, double TimelineOverMs)> Recorded(TimelineMode mode)
    {
        using var timeline = new Timeline("WhenAll", mode);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            timeline.Lane("tea 1", async () => await Task.Delay(BrewMs).Labeled("steeping")),
            timeline.Lane("tea 2", async () => await Task.Delay(BrewMs).Labeled("steeping")),
            timeline.Lane("tea 3", async () => await Task.Delay(BrewMs).Labeled("steeping")));
        double over = clock.Elapsed.TotalMilliseconds - BrewMs;
        var snapshot = timeline.Snapshot();
        foreach (var lane in snapshot.Lanes)
            if (lane.Outcome != LaneOutcome.Completed || !lane.Segments.Any(s => s.Phase == SegmentPhase.Awaiting && s.Label == "steeping"))
                throw new InvalidOperationException($"Lane '{lane.Name}' was not recorded as steeping then completing:\n{snapshot}");
        return (over, snapshot.TotalMs - BrewMs);
    }
}
