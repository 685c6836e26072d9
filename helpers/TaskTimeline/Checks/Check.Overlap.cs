namespace TaskTimeline;

public static partial class Check
{
    /// <summary>
    /// Passes when the lanes were all in flight together at some moment (the latest start comes before the earliest end)
    /// and, if <paramref name="maxTotalMs"/> is given, they took at most that long from first start to last end.
    /// </summary>
    /// <param name="timeline">The recorded run.</param>
    /// <param name="maxTotalMs">Upper bound for the span of the lanes, e.g. 1.5 × one request.</param>
    /// <param name="lanes">Lane names to check; all lanes when empty.</param>
    public static CheckResult Overlap(TimelineSnapshot timeline, double? maxTotalMs = null, params string[] lanes)
    {
        var chosen = Select(timeline, lanes);
        var name = $"{Count(chosen.Count)} overlap" + (maxTotalMs is { } max ? $" and take at most {Ms(max)}" : "");
        if (chosen.Count < 2) return Report(name, false, $"found {Count(chosen.Count)}; record at least 2");
        if (Unfinished(chosen) is { } open) return Report(name, false, open);
        var lastStarted = chosen.MaxBy(l => l.StartMs)!;
        var firstEnded = chosen.MinBy(l => l.EndMs)!;
        double span = chosen.Max(l => l.EndMs) - chosen.Min(l => l.StartMs);
        if (lastStarted.StartMs >= firstEnded.EndMs)
            return Report(name, false, $"'{lastStarted.Name}' started at {Ms(lastStarted.StartMs)}, after '{firstEnded.Name}' had ended at {Ms(firstEnded.EndMs)}; total {Ms(span)}");
        var together = $"all in flight together from {Ms(lastStarted.StartMs)} to {Ms(firstEnded.EndMs)}";
        if (maxTotalMs is { } limit && span > limit)
            return Report(name, false, $"{together}, but the total is {Ms(span)}, want ≤ {Ms(limit)}");
        return Report(name, true, $"{together}; total {Ms(span)}" + (maxTotalMs is { } bound ? $" ≤ {Ms(bound)}" : ""));
    }

    /// <summary>Passes when each lane started only after the previous one (in start order) had ended.</summary>
    /// <param name="timeline">The recorded run.</param>
    /// <param name="lanes">Lane names to check; all lanes when empty.</param>
    public static CheckResult Sequential(TimelineSnapshot timeline, params string[] lanes)
    {
        var chosen = Select(timeline, lanes).OrderBy(l => l.StartMs).ToArray();
        var name = $"{Count(chosen.Length)} run one after another";
        if (chosen.Length < 2) return Report(name, false, $"found {Count(chosen.Length)}; record at least 2");
        if (Unfinished(chosen) is { } open) return Report(name, false, open);
        for (int i = 1; i < chosen.Length; i++)
            if (chosen[i].StartMs < chosen[i - 1].EndMs)
                return Report(name, false, $"'{chosen[i].Name}' started at {Ms(chosen[i].StartMs)}, while '{chosen[i - 1].Name}' was in flight until {Ms(chosen[i - 1].EndMs)}");
        return Report(name, true, $"{Names(chosen)} in turn; total {Ms(chosen[^1].EndMs - chosen[0].StartMs)}");
    }

    /// <summary>
    /// Passes when the peak number of lanes in flight at once (started, not yet ended) is between
    /// <paramref name="atLeast"/> and <paramref name="atMost"/>: bounded, yet still concurrent.
    /// </summary>
    public static CheckResult InFlight(TimelineSnapshot timeline, int atMost, int atLeast = 1)
    {
        var name = atLeast > 1 ? $"between {atLeast} and {atMost} lanes in flight at once" : $"at most {atMost} lanes in flight at once";
        if (timeline.Lanes.Count == 0) return Report(name, false, "nothing was recorded");
        if (Unfinished(timeline.Lanes) is { } open) return Report(name, false, open);
        var (peak, at) = timeline.PeakInFlight();
        var measured = $"peak {peak} of {timeline.Lanes.Count} lanes in flight at {Ms(at)}; total {Ms(timeline.TotalMs)}";
        if (peak > atMost) return Report(name, false, $"{measured}, want at most {atMost}");
        if (peak < atLeast) return Report(name, false, $"{measured}, want at least {atLeast}");
        return Report(name, true, measured);
    }

    private static string Count(int lanes) => lanes == 1 ? "1 lane" : $"{lanes} lanes";
}
