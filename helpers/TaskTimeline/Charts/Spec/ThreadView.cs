namespace TaskTimeline.Charts.Spec;

/// <summary>One row per thread: which lane ran on it when.</summary>
internal static class ThreadView
{
    /// <summary>Up to this many lanes each get a colour and a legend entry; beyond it bars take their thread's colour.</summary>
    public const int MaxColoredLanes = 20;

    /// <summary>Up to this many bars carry the lane name inside the bar.</summary>
    public const int MaxLabeledBars = 60;

    /// <summary>Bars narrower than this share of the x range carry no name (it would not fit).</summary>
    public const double MinLabeledShare = 0.06;

    /// <summary>Here each colour is a lane; bursts merged at scale are the one grey "several lanes".</summary>
    public const string LegendTitle = "solid = a lane holding the thread (running or blocked), colour = lane ·";

    public static PanelContent Build(TimelineSnapshot snapshot, double xMaxMs, int maxBars, string title)
    {
        var threads = snapshot.Threads;
        var rows = threads.Select(t => snapshot.Mode == TimelineMode.EventLoop ? ChartText.ThreadName(t) + " (loop)" : ChartText.ThreadName(t)).ToArray();
        var rowOf = threads.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => rows[x.i]);
        var bursts = snapshot.Lanes.SelectMany(l => l.Segments.Where(s => s.Phase == SegmentPhase.Running).Select(s => (Lane: l, Segment: s))).ToArray();
        double minBar = xMaxMs * GanttView.MinRunningShare;

        IEnumerable<BarTrace> traces;
        if (snapshot.Lanes.Count <= MaxColoredLanes)
        {
            var perLane = new Dictionary<int, BarTrace>();
            foreach (var (lane, s) in bursts.OrderBy(b => b.Lane.Id))
            {
                if (!perLane.TryGetValue(lane.Id, out var trace))
                    perLane[lane.Id] = trace = new BarTrace(lane.Name, "lane " + lane.Id, ChartPalette.ForLane(lane.Id));
                trace.Add(rowOf[s.ThreadId], s.StartMs, Math.Max(s.DurationMs, minBar), ChartText.SegmentHover(lane, s), s.DurationMs >= xMaxMs * MinLabeledShare ? lane.Name : "");
            }
            traces = perLane.Values;
        }
        else if (bursts.Length <= maxBars)
        {
            // Too many lanes for a legend entry each: colours repeat, but a colour still means a lane (hover names it).
            var perColor = new Dictionary<int, BarTrace>();
            foreach (var (lane, s) in bursts)
            {
                int slot = ChartPalette.LaneSlot(lane.Id);
                if (!perColor.TryGetValue(slot, out var trace))
                    perColor[slot] = trace = new BarTrace("lanes", "lanes", ChartPalette.ForLane(lane.Id), showLegend: false);
                trace.Add(rowOf[s.ThreadId], s.StartMs, Math.Max(s.DurationMs, minBar), ChartText.SegmentHover(lane, s));
            }
            traces = perColor.Values;
        }
        else traces = Merged(threads, bursts, rowOf, xMaxMs);

        var specs = traces.Where(t => t.Count > 0).Select(t => t.ToSpec(withText: bursts.Length <= MaxLabeledBars)).ToArray();
        return new PanelContent(PanelKind.Rows, title, rows, "", RowLayout.HeightFor(rows.Length), snapshot.TotalMs, specs);
    }

    // Too many bursts to draw one by one: bursts on one thread closer than a pixel or so become one "busy" bar.
    private static IEnumerable<BarTrace> Merged(IReadOnlyList<int> threads, (LaneTimeline Lane, Segment Segment)[] bursts,
        Dictionary<int, string> rowOf, double xMaxMs)
    {
        double join = xMaxMs / 1500;
        foreach (var thread in threads)
        {
            var trace = new BarTrace("several lanes (bursts merged)", "merged", ChartPalette.Merged, showLegend: true);
            var mine = bursts.Where(b => b.Segment.ThreadId == thread).OrderBy(b => b.Segment.StartMs).ToArray();
            int i = 0;
            while (i < mine.Length)
            {
                double start = mine[i].Segment.StartMs, end = mine[i].Segment.EndMs, busy = 0;
                var lanes = new HashSet<int>();
                int first = i;
                while (i < mine.Length && mine[i].Segment.StartMs <= end + join)
                {
                    end = Math.Max(end, mine[i].Segment.EndMs);
                    busy += mine[i].Segment.DurationMs;
                    lanes.Add(mine[i].Lane.Id);
                    i++;
                }
                var hover = $"<b>{ChartText.ThreadName(thread)}</b><br>{ChartText.Ms(start)}–{ChartText.Ms(end)} ms: {ChartText.Count(i - first, "burst")} of {ChartText.Count(lanes.Count, "lane")}<br>busy {ChartText.Ms(busy)} ms";
                trace.Add(rowOf[thread], start, Math.Max(end - start, xMaxMs * GanttView.MinRunningShare), hover);
            }
            yield return trace;
        }
    }
}
