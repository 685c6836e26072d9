namespace TaskTimeline;

/// <summary>Charts straight from a timeline or a snapshot: <c>timeline.Gantt()</c>, <c>timeline.ThreadView()</c>, <c>a.CompareWith(b)</c>.</summary>
public static class TimelineChartExtensions
{
    /// <summary>One row per lane, running bars coloured by thread (snapshots the timeline now).</summary>
    public static TimelineChart Gantt(this Timeline timeline) => Snapshot(timeline).Gantt();

    /// <summary>One row per lane, running bars coloured by thread.</summary>
    public static TimelineChart Gantt(this TimelineSnapshot snapshot) =>
        new(TimelineView.Gantt, [snapshot ?? throw new ArgumentNullException(nameof(snapshot))]);

    /// <summary>One row per thread: which lane ran on it when (snapshots the timeline now).</summary>
    public static TimelineChart ThreadView(this Timeline timeline) => Snapshot(timeline).ThreadView();

    /// <summary>One row per thread: which lane ran on it when.</summary>
    public static TimelineChart ThreadView(this TimelineSnapshot snapshot) =>
        new(TimelineView.Threads, [snapshot ?? throw new ArgumentNullException(nameof(snapshot))]);

    /// <summary>This timeline above the others, on one x scale, each with its total.</summary>
    public static TimelineChart CompareWith(this Timeline first, params Timeline[] others) =>
        TimelineChart.Compare([Snapshot(first), .. (others ?? throw new ArgumentNullException(nameof(others))).Select(Snapshot)]);

    /// <summary>This snapshot above the others, on one x scale, each with its total.</summary>
    public static TimelineChart CompareWith(this TimelineSnapshot first, params TimelineSnapshot[] others) =>
        TimelineChart.Compare([first, .. others ?? throw new ArgumentNullException(nameof(others))]);

    private static TimelineSnapshot Snapshot(Timeline timeline) =>
        (timeline ?? throw new ArgumentNullException(nameof(timeline))).Snapshot();
}
