namespace TaskTimeline.Charts.Spec;

/// <summary>One row per lane (lane order, each call right under its caller, top to bottom); running bars coloured by thread, awaits hatched, waits dotted.</summary>
internal static class GanttView
{
    /// <summary>Running bursts narrower than this share of the x range are widened to it so they stay visible (hover keeps the true times).</summary>
    public const double MinRunningShare = 0.004;

    /// <summary>What solid means here: a thread is held, whether the code runs or blocks it (Thread.Sleep, .Result); the colour says which thread.</summary>
    public const string LegendTitle = "solid = holding a thread (running or blocked) ·";

    public static int BarCount(TimelineSnapshot snapshot) => snapshot.Lanes.Sum(l => l.Segments.Count);

    public static PanelContent Build(TimelineSnapshot snapshot, IReadOnlyDictionary<int, TraceStyle> threadStyles, double xMaxMs, string title)
    {
        var tree = LaneTree.Order(snapshot.Lanes);
        var rows = ChartText.LaneRows(tree);
        var running = new Dictionary<int, BarTrace>();
        var waiting = new BarTrace(ChartText.Phase(SegmentPhase.Ready), "waiting", ChartPalette.Waiting);
        var awaiting = new BarTrace(ChartText.Phase(SegmentPhase.Awaiting), "awaiting", ChartPalette.Awaiting);
        double minRunning = xMaxMs * MinRunningShare;
        foreach (var thread in snapshot.Threads)
            running[thread] = new BarTrace(ChartText.ThreadName(thread), ChartText.ThreadName(thread), threadStyles[thread]);

        for (int i = 0; i < tree.Count; i++)
        {
            var lane = tree[i].Lane;
            foreach (var s in lane.Segments)
            {
                var hover = ChartText.SegmentHover(lane, s);
                switch (s.Phase)
                {
                    case SegmentPhase.Running: running[s.ThreadId].Add(rows[i], s.StartMs, Math.Max(s.DurationMs, minRunning), hover); break;
                    case SegmentPhase.Ready: waiting.Add(rows[i], s.StartMs, s.DurationMs, hover); break;
                    default: awaiting.Add(rows[i], s.StartMs, s.DurationMs, hover); break;
                }
            }
        }
        // Drawn bottom to top: awaits, then waits, then running bursts on top of both.
        var traces = new[] { awaiting, waiting }.Concat(running.Values).Where(t => t.Count > 0).Select(t => t.ToSpec()).ToArray();
        return new PanelContent(PanelKind.Rows, title, rows, "", RowLayout.HeightFor(rows.Length), snapshot.TotalMs, traces);
    }
}

/// <summary>Row heights: roomy for a handful of rows, compact for many.</summary>
internal static class RowLayout
{
    public static int HeightFor(int rows) => Math.Max(rows, 1) * (rows <= 12 ? 32 : rows <= 40 ? 24 : 18) + 16;
}
