namespace TaskTimeline;

/// <summary>
/// Charts straight from a recording or a snapshot: <c>timeline.Gantt()</c>, <c>timeline.ThreadView()</c>. Both receivers are
/// spelled out because an extension's receiver takes no implicit conversion; everything else takes a <see cref="TimelineSnapshot"/>.
/// </summary>
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

    private static TimelineSnapshot Snapshot(Timeline timeline) =>
        (timeline ?? throw new ArgumentNullException(nameof(timeline))).Snapshot();
}
