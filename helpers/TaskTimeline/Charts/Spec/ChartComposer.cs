namespace TaskTimeline.Charts.Spec;

/// <summary>Stacks panels top to bottom on one x range, sizes the figure, and keeps one legend entry per group.</summary>
internal static class ChartComposer
{
    private const int TitleHeight = 48 + ChartSpec.ToolbarHeightPx;
    private const int LegendHeight = 30;
    private const int PanelTitleHeight = 22;
    private const int BottomMargin = 50;
    private const int GapBetweenPanels = 70; // the upper panel's tick labels plus the lower panel's title

    public static ChartSpec Compose(string title, IReadOnlyList<PanelContent> panels, double xMaxMs, bool markTotals, string? legendTitle = null)
    {
        var traces = new List<TraceSpec>();
        var legendGroups = new HashSet<string>();
        for (int p = 0; p < panels.Count; p++)
            foreach (var trace in panels[p].Traces)
            {
                // Threads first in the legend (in order of first use), then the waiting and awaiting styles.
                int rank = trace.LegendGroup switch { "awaiting" => 2000, "waiting" => 1000, _ => 1 + traces.Count };
                traces.Add(trace with { Panel = p, ShowLegend = trace.ShowLegend && legendGroups.Add(trace.LegendGroup), LegendRank = rank });
            }

        bool legend = traces.Any(t => t.ShowLegend);
        int plotHeight = panels.Sum(p => p.HeightPx) + GapBetweenPanels * (panels.Count - 1);
        var placed = new List<PanelSpec>();
        double top = 1;
        foreach (var panel in panels)
        {
            double bottom = Math.Max(0, top - (double)panel.HeightPx / plotHeight);
            placed.Add(new PanelSpec(panel.Kind, panel.Title, panel.Rows, panel.YTitle, Math.Round(bottom, 6), Math.Round(top, 6), markTotals ? panel.TotalMs : null));
            top = bottom - (double)GapBetweenPanels / plotHeight;
        }
        int topMargin = TitleHeight + (legend ? LegendHeight : 0) + (panels.Count > 1 ? PanelTitleHeight : 0);
        return new ChartSpec(title, plotHeight + topMargin + BottomMargin, topMargin, BottomMargin, Math.Max(xMaxMs, 1),
            "ms from start", legend, placed, traces, legend ? legendTitle : null);
    }
}
