using System.Globalization;

namespace TaskTimeline.Charts.Spec;

/// <summary>Numbers and names as the charts print them (hover text is Plotly's small HTML subset, so names are escaped).</summary>
internal static class ChartText
{
    private const int MaxRowName = 40;

    public static string Ms(double ms) => ms.ToString(ms >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture);

    public static string Total(double ms) => TextGantt.Time(ms, ms);

    public static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    /// <summary>Escapes only what Plotly's HTML subset would read as markup; other characters (·, –, ✗) stay as they are.</summary>
    public static string Html(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Phase(SegmentPhase phase) => phase switch
    {
        SegmentPhase.Running => "running",
        SegmentPhase.Awaiting => "awaiting",
        _ => "ready, waiting for a thread",
    };

    public static string ThreadName(int threadId) => "thread " + threadId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Row names for lanes: indented under their caller, unique (duplicates get " (2)", " (3)"), short, and marked ✗ if the lane failed.</summary>
    public static string[] LaneRows(IReadOnlyList<(LaneTimeline Lane, int Depth)> lanes)
    {
        var rows = new string[lanes.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < lanes.Count; i++)
        {
            var (lane, depth) = lanes[i];
            var name = LaneTree.Indented(lane.Name.Length <= MaxRowName ? lane.Name : lane.Name[..(MaxRowName - 1)] + "…", depth, '\u00A0');
            if (lane.Outcome is LaneOutcome.Faulted or LaneOutcome.Canceled) name += " ✗";
            seen[name] = seen.TryGetValue(name, out var n) ? n + 1 : 1;
            rows[i] = seen[name] == 1 ? name : $"{name} ({seen[name]})";
        }
        return rows;
    }

    /// <summary>Hover for one segment: lane, phase, start–end, thread, label.</summary>
    public static string SegmentHover(LaneTimeline lane, Segment s)
    {
        var text = $"<b>{Html(lane.Name)}</b><br>{Phase(s.Phase)}: {Ms(s.StartMs)}–{Ms(s.EndMs)} ms ({Ms(s.DurationMs)} ms)";
        if (s.Phase == SegmentPhase.Running) text += "<br>on " + ThreadName(s.ThreadId);
        if (s.Label is { Length: > 0 } label) text += "<br>" + Html(label);
        if (lane.Outcome == LaneOutcome.Faulted && s.EndMs == lane.EndMs) text += "<br>✗ failed: " + Html(lane.Error ?? "");
        if (lane.Outcome == LaneOutcome.Canceled && s.EndMs == lane.EndMs) text += "<br>✗ cancelled";
        return text;
    }
}
