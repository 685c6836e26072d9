using System.Diagnostics;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>Record 10,000 concurrent lanes and build their chart: the recorder at scale, no events lost, in under a second.</summary>
internal sealed class ManyLanesFigure : Figure
{
    private const int Lanes = 10_000;

    public override string Name => "lanes";
    public override string Description => $"record {Lanes:N0} concurrent lanes (no lost events) and build their chart (bar: < 1 s)";

    public override async Task SetUpAsync(FigureContext context)
    {
        // One small round first: the bar is about recording, not about JIT-compiling the recorder and the chart code.
        using var warm = await ManyLanes.RecordAsync(100);
        GanttCharts.Build(warm.Snapshot());
    }

    public override async Task<IReadOnlyList<Measurement>> MeasureAsync(FigureContext context)
    {
        var clock = Stopwatch.StartNew();
        await ManyLanes.RunUnrecordedAsync(Lanes);
        double unrecorded = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        using var timeline = await ManyLanes.RecordAsync(Lanes);
        double record = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var snapshot = timeline.Snapshot();
        double snap = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var chart = GanttCharts.Build(snapshot);
        double build = clock.Elapsed.TotalMilliseconds;
        ManyLanes.Verify(snapshot, Lanes);
        GanttCharts.VerifyBars(chart, snapshot);
        clock.Restart();
        var automatic = await ManyLanes.RecordAutomaticallyAsync(Lanes);
        double recordAutomatic = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var automaticSnapshot = automatic.Snapshot();
        var automaticChart = GanttCharts.Build(automaticSnapshot);
        double automaticSnapAndChart = clock.Elapsed.TotalMilliseconds;
        ManyLanes.VerifyAutomatic(automaticSnapshot, Lanes);
        GanttCharts.VerifyBars(automaticChart, automaticSnapshot);
        return
        [
            new($"{Lanes:N0} lanes, unrecorded", unrecorded, "ms"),
            new($"{Lanes:N0} plain calls, Timeline.Record", recordAutomatic, "ms"),
            new("Timeline.Record: snapshot + chart", automaticSnapAndChart, "ms"),
            new($"{Lanes:N0} lanes, recorded", record, "ms"),
            new("snapshot", snap, "ms"),
            new("chart (figure JSON)", build, "ms"),
            new("record + snapshot + chart", record + snap + build, "ms"),
        ];
    }
}
