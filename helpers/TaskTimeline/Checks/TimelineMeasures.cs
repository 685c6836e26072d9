namespace TaskTimeline;

/// <summary>Numbers read off a recorded timeline, used by <see cref="Check"/> and handy in lessons.</summary>
public static class TimelineMeasures
{
    /// <summary>The most lanes in flight (started, not yet ended) at one moment, and the first moment it happened.</summary>
    internal static (int Lanes, double AtMs) PeakInFlight(this TimelineSnapshot timeline)
    {
        // An end at the same instant as a start is counted first: a lane that starts as another ends does not overlap it.
        var edges = timeline.Lanes.Where(l => l.Segments.Count > 0)
            .SelectMany(l => new[] { (At: l.StartMs, Delta: 1), (At: l.EndMs, Delta: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Delta);
        return Peak(edges);
    }

    private static (int, double) Peak(IEnumerable<(double At, int Delta)> edges)
    {
        int current = 0, peak = 0;
        double peakAt = 0;
        foreach (var (at, delta) in edges)
        {
            current += delta;
            if (current > peak) (peak, peakAt) = (current, at);
        }
        return (peak, peakAt);
    }

    /// <summary>The most lanes running code at one moment (each on its own thread), and the first moment it happened.</summary>
    internal static (int Lanes, double AtMs) PeakRunning(this TimelineSnapshot timeline)
    {
        var edges = timeline.Lanes.SelectMany(l => l.Segments.Where(s => s.Phase == SegmentPhase.Running && s.DurationMs > 0))
            .SelectMany(s => new[] { (At: s.StartMs, Delta: 1), (At: s.EndMs, Delta: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Delta);
        return Peak(edges);
    }

    /// <summary>The longest stretch any lane spent ready to run but waiting for a thread; (null, default) if none did.</summary>
    internal static (LaneTimeline? Lane, Segment Wait) LongestWait(this TimelineSnapshot timeline)
    {
        var waits = timeline.Lanes.SelectMany(l => l.Segments.Where(s => s.Phase == SegmentPhase.Ready && s.DurationMs > 0).Select(s => (Lane: (LaneTimeline?)l, Wait: s))).ToList();
        return waits.Count == 0 ? (null, default) : waits.MaxBy(w => w.Wait.DurationMs);
    }

    /// <summary>Milliseconds the lane spent running code on a thread.</summary>
    public static double RunningMs(this LaneTimeline lane) => lane.Segments.Where(s => s.Phase == SegmentPhase.Running).Sum(s => s.DurationMs);
}
