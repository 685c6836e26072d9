namespace TaskTimeline.Benchmarks.Recorder;

/// <summary>
/// The events of one typical lane with two awaits (start, suspend, ready, resume, suspend, ready, resume, end), recorded through
/// the same calls the lane machinery makes, so the recorder's cost is measured without thread-pool or await costs around it.
/// </summary>
internal static class LaneLife
{
    public const int EventsPerLane = 8;

    public static readonly TimelineEventKind[] ExpectedKinds =
    [
        TimelineEventKind.Start,
        TimelineEventKind.Suspend, TimelineEventKind.Ready, TimelineEventKind.Resume,
        TimelineEventKind.Suspend, TimelineEventKind.Ready, TimelineEventKind.Resume,
        TimelineEventKind.End,
    ];

    public static string[] Names(int lanes) => Enumerable.Range(0, lanes).Select(i => $"lane {i}").ToArray();

    public static void Record(Timeline timeline, string name)
    {
        using var lane = timeline.Begin(name);
        timeline.Record(lane.Id, TimelineEventKind.Suspend, "steeping");
        timeline.Record(lane.Id, TimelineEventKind.Ready);
        timeline.Record(lane.Id, TimelineEventKind.Resume);
        timeline.Record(lane.Id, TimelineEventKind.Suspend, "pouring");
        timeline.Record(lane.Id, TimelineEventKind.Ready);
        timeline.Record(lane.Id, TimelineEventKind.Resume);
    }

    /// <summary>Throws unless every lane holds exactly its eight events, in order: proof that no event was lost or torn.</summary>
    public static void Verify(Timeline timeline, int lanes)
    {
        var snapshot = timeline.Snapshot();
        if (snapshot.Lanes.Count != lanes)
            throw new InvalidOperationException($"Expected {lanes} lanes, the timeline has {snapshot.Lanes.Count}.");
        var perLane = new List<TimelineEventKind>[lanes];
        foreach (var e in snapshot.Events) (perLane[e.Lane] ??= new(EventsPerLane)).Add(e.Kind);
        for (int i = 0; i < lanes; i++)
            if (perLane[i] is not { } kinds || !kinds.SequenceEqual(ExpectedKinds))
                throw new InvalidOperationException($"Lane {i} recorded [{string.Join(", ", perLane[i] ?? [])}], expected [{string.Join(", ", ExpectedKinds)}]: events were lost.");
    }
}
