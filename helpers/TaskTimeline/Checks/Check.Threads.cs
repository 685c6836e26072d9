namespace TaskTimeline;

public static partial class Check
{
    /// <summary>Passes when every lane's code ran on one and the same thread (as on an event loop).</summary>
    public static CheckResult OnOneThread(TimelineSnapshot timeline)
    {
        const string name = "every lane runs on one thread";
        var threads = timeline.Threads;
        if (threads.Count == 0) return Report(name, false, "no code ran on any thread");
        return threads.Count == 1
            ? Report(name, true, $"all {timeline.Lanes.Count} lanes ran on thread {threads[0]}")
            : Report(name, false, $"lanes ran on {threads.Count} threads ({string.Join(", ", threads.Take(8))}{(threads.Count > 8 ? ", …" : "")})");
    }

    /// <summary>
    /// Passes when no lane, once ready to run (started or its await completed), waited longer than
    /// <paramref name="maxWaitMs"/> for a thread: no thread-pool starvation, no frozen event loop.
    /// </summary>
    public static CheckResult NoStarvation(TimelineSnapshot timeline, double maxWaitMs = 100)
    {
        var name = $"no lane waits more than {Ms(maxWaitMs)} for a thread";
        if (Unfinished(timeline.Lanes) is { } open) return Report(name, false, open);
        var (lane, wait) = timeline.LongestWait();
        if (lane is null) return Report(name, true, $"no lane ever waited for a thread; total {Ms(timeline.TotalMs)}");
        return wait.DurationMs <= maxWaitMs
            ? Report(name, true, $"longest wait {Ms(wait.DurationMs)} ('{lane.Name}'); total {Ms(timeline.TotalMs)}")
            : Report(name, false, $"'{lane.Name}' was ready at {Ms(wait.StartMs)} but waited {Ms(wait.DurationMs)} for a thread, want ≤ {Ms(maxWaitMs)}");
    }

    /// <summary>
    /// Passes when <paramref name="lane"/> held a thread (ran code) for at most <paramref name="maxRunningMs"/> in total:
    /// while it waited it awaited, instead of blocking a thread.
    /// </summary>
    public static CheckResult HoldsNoThread(TimelineSnapshot timeline, string lane, double maxRunningMs = 100)
    {
        var name = $"'{lane}' holds no thread while it waits";
        var recorded = timeline.Lane(lane);
        if (Unfinished([recorded]) is { } open) return Report(name, false, open);
        double running = recorded.RunningMs();
        double life = recorded.EndMs - recorded.StartMs;
        return running <= maxRunningMs
            ? Report(name, true, $"it ran code for {Ms(running)} of its {Ms(life)}; the rest it spent awaiting, on no thread")
            : Report(name, false, $"it held a thread for {Ms(running)} of its {Ms(life)}, want ≤ {Ms(maxRunningMs)}: " + (Blocked(recorded) is { } block
                ? $"it {block.Label!.Replace("blocked: waits", "blocked waiting", StringComparison.Ordinal)} for {Ms(block.DurationMs)} instead of awaiting it"
                : "something blocks instead of awaiting"));
    }

    private static Segment? Blocked(LaneTimeline lane) =>
        lane.Segments.Where(s => s.Phase == SegmentPhase.Running && s.Label?.StartsWith("blocked", StringComparison.Ordinal) == true)
            .Select(s => (Segment?)s).MaxBy(s => s!.Value.DurationMs);

    /// <summary>
    /// Passes when at least <paramref name="atLeast"/> lanes ran code at the same moment, each on its own thread:
    /// computation in parallel, not merely in flight together.
    /// </summary>
    public static CheckResult InParallel(TimelineSnapshot timeline, int atLeast = 2)
    {
        var name = $"at least {atLeast} lanes compute at the same time";
        if (Unfinished(timeline.Lanes) is { } open) return Report(name, false, open);
        var (peak, at) = timeline.PeakRunning();
        var measured = $"peak {peak} of {timeline.Lanes.Count} lanes running at once (at {Ms(at)}) on {Plural(timeline.Threads.Count, "thread")}; total {Ms(timeline.TotalMs)}";
        return Report(name, peak >= atLeast, peak >= atLeast ? measured : $"{measured}, want {atLeast}");
    }
}
