namespace TaskTimeline.Charts.Spec;

/// <summary>Colours and styles shared by every view, so a thread looks the same in the Gantt, the thread view and a comparison.</summary>
internal static class ChartPalette
{
    // D3's category10 without its grey (grey means "awaiting"), plus a dark indigo.
    private static readonly string[] Colors =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf", "#393b79"];

    /// <summary>Suspended at an await, holding no thread: white with a grey hatch.</summary>
    public static readonly TraceStyle Awaiting = new("rgba(255,255,255,0.9)", "#9a9a9a", "/", "#b5b5b5");

    /// <summary>Ready but no thread picked it up yet: pale amber with dots, so it never reads as "running".</summary>
    public static readonly TraceStyle Waiting = new("#fff1c9", "#d4a017", ".", "#d4a017");

    /// <summary>Running, for views that do not tell threads apart.</summary>
    public static readonly TraceStyle Running = new(Colors[0], Colors[0]);

    /// <summary>
    /// One colour per thread: thread id modulo the palette, probing on when two threads of the same chart collide,
    /// so a thread keeps its colour across charts of one process unless a collision forces a move.
    /// </summary>
    public static IReadOnlyDictionary<int, TraceStyle> ForThreads(IEnumerable<int> threadIds)
    {
        var styles = new Dictionary<int, TraceStyle>();
        var used = new HashSet<int>();
        foreach (var id in threadIds.Distinct())
        {
            int slot = (int)((uint)id % Colors.Length);
            for (int probe = 0; probe < Colors.Length && used.Contains(slot); probe++) slot = (slot + 1) % Colors.Length;
            used.Add(slot);
            if (used.Count >= Colors.Length) used.Clear(); // more threads than colours: start reusing
            styles[id] = Solid(Colors[slot]);
        }
        return styles;
    }

    /// <summary>Bursts of several lanes drawn as one bar (a thread view at scale): dark grey, no lane's colour.</summary>
    public static readonly TraceStyle Merged = new("#555555", "#555555");

    /// <summary>One colour per lane, by lane id.</summary>
    public static TraceStyle ForLane(int laneId) => Solid(Colors[LaneSlot(laneId)]);

    /// <summary>Which palette colour a lane takes.</summary>
    public static int LaneSlot(int laneId) => laneId % Colors.Length;

    private static TraceStyle Solid(string color) => new(color, color);
}
