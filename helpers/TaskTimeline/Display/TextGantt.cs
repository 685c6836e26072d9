using System.Globalization;
using System.Text;

namespace TaskTimeline;

/// <summary>Draws a snapshot as plain text: one bar per lane, then the key moments as "t = … → …" lines.</summary>
internal static class TextGantt
{
    private const int Width = 60;
    private const int MaxLanes = 40;
    private const int MaxMoments = 16;
    private const int NameWidth = 16;

    /// <summary>Renders <paramref name="snapshot"/> as a compact text Gantt.</summary>
    public static string Render(TimelineSnapshot snapshot)
    {
        var text = new StringBuilder();
        var threads = snapshot.Threads;
        text.Append(snapshot.Title).Append(" · ").Append(snapshot.Mode == TimelineMode.EventLoop ? "event loop" : "thread pool")
            .Append(" · ").Append(Count(snapshot.Lanes.Count, "lane")).Append(" · ").Append(Count(threads.Count, "thread"))
            .Append(" · total ").AppendLine(Time(snapshot.TotalMs, snapshot.TotalMs));
        if (snapshot.Lanes.Count == 0) return text.AppendLine("(nothing recorded)").ToString();

        var rows = LaneTree.Order(snapshot.Lanes).Select(r => (r.Lane, Name: LaneTree.Indented(r.Lane.Name, r.Depth))).ToArray();
        int nameWidth = Math.Min(NameWidth, rows.Max(r => r.Name.Length));
        double total = Math.Max(snapshot.TotalMs, 1e-9);
        text.Append(' ', nameWidth + 1).Append('|').Append("0".PadRight(Width - 1)).Append('|').AppendLine(" " + Time(snapshot.TotalMs, snapshot.TotalMs));
        foreach (var (lane, name) in rows.Take(MaxLanes))
        {
            text.Append(Fit(name, nameWidth)).Append(" |").Append(Bar(lane, total)).Append("| ");
            text.Append(lane.Threads.Count == 0 ? "no thread" : (lane.Threads.Count == 1 ? "thread " : "threads ") + string.Join("→", lane.Threads.Take(4)) + (lane.Threads.Count > 4 ? "→…" : ""));
            if (lane.Outcome == LaneOutcome.Faulted) text.Append(" ✗ ").Append(lane.Error);
            if (lane.Outcome == LaneOutcome.Canceled) text.Append(" ✗ cancelled");
            if (lane.Outcome == LaneOutcome.Unfinished) text.Append(" … still running");
            text.AppendLine();
        }
        if (snapshot.Lanes.Count > MaxLanes) text.Append("… and ").Append(Count(snapshot.Lanes.Count - MaxLanes, "more lane")).AppendLine();
        text.AppendLine("█ running  ░ awaiting  ▒ ready, waiting for a thread");
        AppendMoments(text, snapshot);
        return text.ToString();
    }

    private static string Bar(LaneTimeline lane, double total)
    {
        var cells = new char[Width];
        Array.Fill(cells, ' ');
        // Paint long phases first so a short running burst stays visible on top of a long await.
        foreach (var phase in new[] { SegmentPhase.Awaiting, SegmentPhase.Ready, SegmentPhase.Running })
        {
            char glyph = phase switch { SegmentPhase.Running => '█', SegmentPhase.Awaiting => '░', _ => '▒' };
            foreach (var s in lane.Segments.Where(s => s.Phase == phase))
            {
                int from = Math.Clamp((int)(s.StartMs / total * Width), 0, Width - 1);
                int to = Math.Clamp((int)Math.Ceiling(s.EndMs / total * Width), from + 1, Width);
                for (int c = from; c < to; c++) cells[c] = glyph;
            }
        }
        return new string(cells);
    }

    private static void AppendMoments(StringBuilder text, TimelineSnapshot snapshot)
    {
        double tolerance = Math.Max(1, snapshot.TotalMs / 200);
        var moments = new List<(double At, TimelineEventKind Kind, List<string> Lanes)>();
        foreach (var e in snapshot.Events)
        {
            if (e.Kind == TimelineEventKind.Ready) continue;
            // Like the seed's "t = 0s → all 3 start": events of one kind close together in time make one line.
            var same = moments.FindLastIndex(m => m.Kind == e.Kind && e.AtMs - m.At <= tolerance);
            if (same >= 0) moments[same].Lanes.Add(snapshot.LaneNames[e.Lane]);
            else moments.Add((e.AtMs, e.Kind, new List<string> { snapshot.LaneNames[e.Lane] }));
        }
        int width = moments.Take(MaxMoments).Select(m => Time(m.At, snapshot.TotalMs).Length).DefaultIfEmpty(1).Max();
        foreach (var (at, kind, lanes) in moments.Take(MaxMoments))
            text.Append("t = ").Append(Time(at, snapshot.TotalMs).PadRight(width)).Append(" → ").Append(Names(lanes)).Append(' ').AppendLine(Verb(kind, lanes.Count));
        if (moments.Count > MaxMoments) text.Append("… ").Append(Count(moments.Count - MaxMoments, "more moment")).AppendLine();
    }

    private static string Names(List<string> lanes)
    {
        var distinct = lanes.Distinct().ToList();
        if (lanes.Count > 4) return lanes.Count == distinct.Count && distinct.Count <= 4 ? string.Join(", ", distinct) : $"{lanes.Count} lanes";
        return string.Join(", ", lanes);
    }

    private static string Verb(TimelineEventKind kind, int count) => kind switch
    {
        TimelineEventKind.Queued => "queued, waiting for a thread",
        TimelineEventKind.Start => count == 1 ? "starts" : "start",
        TimelineEventKind.Suspend => count == 1 ? "awaits" : "await",
        TimelineEventKind.Resume => count == 1 ? "resumes" : "resume",
        TimelineEventKind.End => count == 1 ? "ends" : "end",
        TimelineEventKind.Fault => count == 1 ? "fails" : "fail",
        TimelineEventKind.Cancel => "cancelled",
        TimelineEventKind.Block => count == 1 ? "blocks" : "block",
        TimelineEventKind.Unblock => count == 1 ? "unblocks" : "unblock",
        _ => kind.ToString().ToLowerInvariant(),
    };

    internal static string Time(double ms, double scale) => scale >= 1000
        ? (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s"
        : ms.ToString("0.#", CultureInfo.InvariantCulture) + " ms";

    private static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string Fit(string name, int width) => name.Length <= width ? name.PadRight(width) : name[..(width - 1)] + "…";
}
