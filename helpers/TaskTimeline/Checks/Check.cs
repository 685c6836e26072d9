namespace TaskTimeline;

/// <summary>
/// Exercise checks built on a recorded timeline. Each returns a <see cref="CheckResult"/>: end a check cell with it, and the
/// notebook shows one line, <c>✅ …</c> or <c>❌ Not solved yet: …</c>, with the measured numbers.
/// </summary>
public static partial class Check
{
    /// <summary>A general check: ✅ when <paramref name="condition"/> holds, otherwise ❌ with <paramref name="why"/>.</summary>
    /// <param name="name">The goal, e.g. "every failure is reported".</param>
    /// <param name="condition">Whether the goal was met.</param>
    /// <param name="why">What was measured; shown in both cases.</param>
    public static CheckResult That(string name, bool condition, string why) => Report(name, condition, why);

    /// <summary>Passes when the whole timeline took at most <paramref name="maxTotalMs"/> milliseconds.</summary>
    public static CheckResult TotalUnder(TimelineSnapshot timeline, double maxTotalMs, string? name = null)
    {
        name ??= $"'{timeline.Title}' takes at most {Ms(maxTotalMs)}";
        if (Unfinished(timeline.Lanes) is { } open) return Report(name, false, open);
        return Report(name, timeline.TotalMs <= maxTotalMs, $"total {Ms(timeline.TotalMs)}, want ≤ {Ms(maxTotalMs)}");
    }

    private static CheckResult Report(string name, bool passed, string detail) => new(name, passed, detail);

    /// <summary>Why a check cannot judge yet, when a lane has not finished (its end is not on the timeline).</summary>
    private static string? Unfinished(IEnumerable<LaneTimeline> lanes) =>
        lanes.FirstOrDefault(l => l.Outcome == LaneOutcome.Unfinished) is { } lane
            ? $"lane '{lane.Name}' has not finished: await every task before checking"
            : null;

    private static IReadOnlyList<LaneTimeline> Select(TimelineSnapshot timeline, string[]? lanes) =>
        lanes is null || lanes.Length == 0 ? timeline.Lanes : lanes.Select(timeline.Lane).ToArray();

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    internal static string Ms(double ms) => TextGantt.Time(ms, ms);

    internal static string Names(IEnumerable<LaneTimeline> lanes) => string.Join(", ", lanes.Select(l => l.Name));
}
