namespace TaskTimeline.Benchmarks.Figures;

/// <summary>
/// Real lanes, all alive at once: each lane suspends on one shared gate, then, once the gate opens, yields once more and ends,
/// so every lane records eight events (start, the gate's suspend, ready and resume, the yield's ready, suspend and resume, end) while thousands of others do the same.
/// </summary>
internal static class ManyLanes
{
    public const int EventsPerLane = 8;

    public static async Task<Timeline> RecordAsync(int lanes, string title = "10,000 lanes")
    {
        var timeline = new Timeline(title);
        var gate = new TaskCompletionSource();
        var running = new Task[lanes];
        for (int i = 0; i < lanes; i++)
            running[i] = timeline.Lane($"lane {i}", async () =>
            {
                await gate.Task.Labeled("gate");
                await Task.Yield();
            });
        gate.SetResult();
        await Task.WhenAll(running);
        return timeline;
    }

    /// <summary>The same work as plain async calls, recorded by <see cref="Timeline.Record"/> from the runtime's task events.</summary>
    public static async Task<Timeline> RecordAutomaticallyAsync(int lanes, string title = "10,000 calls")
    {
        var timeline = Timeline.Record(title);
        var gate = new TaskCompletionSource();
        var running = new Task[lanes];
        for (int i = 0; i < lanes; i++) running[i] = Body(gate.Task);
        gate.SetResult();
        await Task.WhenAll(running);
        timeline.Dispose();
        return timeline;

        static async Task Body(Task gate)
        {
            await gate;
            await Task.Yield();
        }
    }

    /// <summary>Throws unless every call is a completed lane that ran, awaited the gate, and ran again: nothing lost under contention.</summary>
    public static void VerifyAutomatic(TimelineSnapshot snapshot, int lanes)
    {
        if (snapshot.Lanes.Count != lanes) throw new InvalidOperationException($"Expected {lanes} lanes, recorded {snapshot.Lanes.Count}.");
        var bad = snapshot.Lanes.FirstOrDefault(l => l.Outcome != LaneOutcome.Completed
            || l.Segments.Count(s => s.Phase == SegmentPhase.Running) < 2
            || l.Segments[0].Phase != SegmentPhase.Running);
        if (bad is not null)
            throw new InvalidOperationException($"Lane '{bad.Name}' ended {bad.Outcome} with segments [{string.Join(", ", bad.Segments.Select(s => s.Phase))}]: events were lost.");
    }

    /// <summary>The same work without a timeline, for reference.</summary>
    public static async Task RunUnrecordedAsync(int lanes)
    {
        var gate = new TaskCompletionSource();
        var running = new Task[lanes];
        for (int i = 0; i < lanes; i++) running[i] = Body(gate.Task);
        gate.SetResult();
        await Task.WhenAll(running);

        static async Task Body(Task gate)
        {
            await gate;
            await Task.Yield();
        }
    }

    /// <summary>Throws unless every lane completed with exactly its eight events: nothing lost under contention.</summary>
    public static void Verify(TimelineSnapshot snapshot, int lanes)
    {
        if (snapshot.Lanes.Count != lanes) throw new InvalidOperationException($"Expected {lanes} lanes, recorded {snapshot.Lanes.Count}.");
        if (snapshot.Events.Count != lanes * EventsPerLane)
            throw new InvalidOperationException($"Expected {lanes * EventsPerLane} events ({EventsPerLane} per lane), recorded {snapshot.Events.Count}: events were lost.");
        // Task.Yield under a lane's context posts at once, so its gap shows as waiting for a thread, not as an await.
        var bad = snapshot.Lanes.FirstOrDefault(l => l.Outcome != LaneOutcome.Completed
            || l.Segments.Count(s => s.Phase == SegmentPhase.Awaiting && s.Label == "gate") != 1
            || l.Segments.Count(s => s.Phase == SegmentPhase.Running) != 3);
        if (bad is not null)
            throw new InvalidOperationException($"Lane '{bad.Name}' ended {bad.Outcome} with segments [{string.Join(", ", bad.Segments.Select(s => s.Phase))}], expected three running segments around the gate's await and the yield.");
    }
}
