using System.Globalization;

namespace TaskTimeline.Charts.Spec;

/// <summary>
/// Too many lanes for one row each: how many lanes were running, waiting for a thread and awaiting over time, as stacked
/// step areas over fixed time bins (time-weighted average per bin). Cost is O(segments + bins), and the browser draws
/// three traces whatever the lane count.
/// </summary>
internal static class ConcurrencyView
{
    public const int Bins = 400;

    private static readonly SegmentPhase[] StackOrder = [SegmentPhase.Running, SegmentPhase.Ready, SegmentPhase.Awaiting];

    public static PanelContent Build(TimelineSnapshot snapshot, double xMaxMs, string title)
    {
        double width = Math.Max(xMaxMs, 1e-9) / Bins;
        var traces = new List<TraceSpec>();
        foreach (var phase in StackOrder)
        {
            var counts = Average(snapshot.Lanes.SelectMany(l => l.Segments).Where(s => s.Phase == phase), width);
            if (counts.All(c => c == 0)) continue; // no legend entry for a phase the chart does not show
            var times = new double[Bins + 1];
            var values = new double[Bins + 1];
            var hover = new string[Bins + 1];
            for (int b = 0; b <= Bins; b++)
            {
                int bin = Math.Min(b, Bins - 1);
                times[b] = Math.Round(b * width, 3);
                values[b] = Math.Round(counts[bin], 3);
                hover[b] = $"{ChartText.Ms(bin * width)}–{ChartText.Ms((bin + 1) * width)} ms<br>{ChartText.Phase(phase)}: {values[b].ToString("0.##", CultureInfo.InvariantCulture)} lanes (average)";
            }
            var style = phase switch { SegmentPhase.Running => ChartPalette.Running, SegmentPhase.Ready => ChartPalette.Waiting, _ => ChartPalette.Awaiting };
            var name = phase == SegmentPhase.Running ? "running (= busy threads)" : ChartText.Phase(phase);
            traces.Add(new TraceSpec(TraceKind.Area, 0, name, ChartText.Phase(phase), true, style, null, times, values, hover));
        }
        return new PanelContent(PanelKind.Counts, title, [], "lanes", 300, snapshot.TotalMs, traces);
    }

    // Time-weighted occupancy per bin: partial bins at both ends of a segment, whole bins in between through a difference array.
    private static double[] Average(IEnumerable<Segment> segments, double width)
    {
        var partial = new double[Bins];
        var diff = new double[Bins + 1];
        foreach (var s in segments)
        {
            if (s.DurationMs <= 0) continue;
            int a = Math.Clamp((int)(s.StartMs / width), 0, Bins - 1), z = Math.Clamp((int)(s.EndMs / width), 0, Bins - 1);
            if (a == z) { partial[a] += s.DurationMs / width; continue; }
            partial[a] += ((a + 1) * width - s.StartMs) / width;
            partial[z] += (s.EndMs - z * width) / width;
            diff[a + 1] += 1;
            diff[z] -= 1;
        }
        double whole = 0;
        for (int b = 0; b < Bins; b++) partial[b] += whole += diff[b];
        return partial;
    }
}
