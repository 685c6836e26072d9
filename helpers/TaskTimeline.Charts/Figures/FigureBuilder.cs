using DynamicObj;
using Plotly.NET;
using TaskTimeline.Charts.Spec;

namespace TaskTimeline.Charts.Figures;

/// <summary>Maps a <see cref="ChartSpec"/> to Plotly traces and layout; every decision was already made in the spec.</summary>
internal static class FigureBuilder
{
    private const int LegendTopPx = 42 + ChartSpec.ToolbarHeightPx;

    public static GenericChart Build(ChartSpec spec)
    {
        var traces = spec.Traces.Select(t => t.Kind == TraceKind.Bar ? Bar(t) : Area(t)).ToArray();
        var chart = GenericChart.ofTraceObjects(false, traces);
        return GenericChart.setLayout(Layout(spec), chart);
    }

    private static Trace Bar(TraceSpec t)
    {
        var trace = Common(new Trace2D("bar"), t);
        trace.SetProperty("orientation", "h");
        trace.SetProperty("y", t.Rows ?? throw new FormatException($"Bar trace '{t.Name}' has no rows."));
        trace.SetProperty("x", t.Values);
        trace.SetProperty("base", t.Starts);
        trace.SetProperty("width", 0.72);
        var marker = Obj(("color", t.Style.Fill), ("line", Obj(("color", t.Style.Line), ("width", 1))));
        if (t.Style.Pattern is { } shape)
            marker.SetProperty("pattern", Obj(("shape", shape), ("fgcolor", t.Style.PatternColor ?? t.Style.Line), ("size", 6), ("solidity", 0.25)));
        trace.SetProperty("marker", marker);
        if (t.Text is { } text)
        {
            trace.SetProperty("text", text);
            trace.SetProperty("textposition", "inside");
            trace.SetProperty("insidetextanchor", "middle");
            trace.SetProperty("textangle", 0);
            trace.SetProperty("constraintext", "none");
            trace.SetProperty("cliponaxis", true);
            trace.SetProperty("textfont", Obj(("color", "white")));
        }
        return trace;
    }

    private static Trace Area(TraceSpec t)
    {
        var trace = Common(new Trace2D("scatter"), t);
        trace.SetProperty("x", t.Starts);
        trace.SetProperty("y", t.Values);
        trace.SetProperty("mode", "lines");
        trace.SetProperty("line", Obj(("shape", "hv"), ("width", 0.5), ("color", t.Style.Line)));
        trace.SetProperty("stackgroup", $"panel{t.Panel}");
        trace.SetProperty("fillcolor", t.Style.Fill);
        if (t.Style.Pattern is { } shape)
            trace.SetProperty("fillpattern", Obj(("shape", shape), ("fgcolor", t.Style.PatternColor ?? t.Style.Line), ("size", 6), ("solidity", 0.25)));
        return trace;
    }

    private static Trace Common(Trace trace, TraceSpec t)
    {
        trace.SetProperty("name", t.Name);
        trace.SetProperty("legendgroup", t.LegendGroup);
        trace.SetProperty("showlegend", t.ShowLegend);
        trace.SetProperty("legendrank", t.LegendRank);
        trace.SetProperty("hovertext", t.Hover);
        trace.SetProperty("hoverinfo", "text");
        trace.SetProperty("xaxis", Axis("x", t.Panel));
        trace.SetProperty("yaxis", Axis("y", t.Panel));
        return trace;
    }

    private static Layout Layout(ChartSpec spec)
    {
        var layout = new Layout();
        layout.SetProperty("title", Obj(("text", spec.Title), ("x", 0.01), ("xanchor", "left"), ("yref", "container"), ("y", 1), ("yanchor", "top"),
            ("pad", Obj(("t", 12 + ChartSpec.ToolbarHeightPx))), ("font", Obj(("size", 16)))));
        layout.SetProperty("height", spec.HeightPx);
        layout.SetProperty("barmode", "overlay");
        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("showlegend", spec.ShowLegend);
        // Legend in one row under the title, in pixels from the top whatever the figure height.
        var legend = Obj(("orientation", "h"), ("x", 0.01), ("xanchor", "left"), ("yref", "container"),
            ("y", 1 - (double)LegendTopPx / spec.HeightPx), ("yanchor", "top"), ("traceorder", "normal"));
        if (spec.LegendTitle is { } legendTitle) legend.SetProperty("title", Obj(("text", legendTitle), ("side", "left")));
        layout.SetProperty("legend", legend);
        layout.SetProperty("margin", Obj(("l", 10), ("r", 20), ("t", spec.TopMarginPx), ("b", spec.BottomMarginPx)));
        layout.SetProperty("plot_bgcolor", "white");
        var annotations = new List<DynamicObj.DynamicObj>();
        var shapes = new List<DynamicObj.DynamicObj>();
        for (int i = 0; i < spec.Panels.Count; i++)
        {
            var panel = spec.Panels[i];
            bool last = i == spec.Panels.Count - 1;
            var x = Obj(("range", new[] { 0, spec.XMaxMs * 1.01 }), ("anchor", Axis("y", i)), ("showgrid", true), ("gridcolor", "#e6e6e6"),
                ("zeroline", false), ("ticksuffix", " ms"), ("showline", true), ("linecolor", "#888"));
            if (i > 0) x.SetProperty("matches", "x");
            if (last) x.SetProperty("title", Obj(("text", spec.XTitle)));
            layout.SetProperty(AxisKey("xaxis", i), x);

            var y = Obj(("domain", new[] { panel.Bottom, panel.Top }), ("anchor", Axis("x", i)), ("automargin", true),
                ("title", Obj(("text", panel.YTitle))), ("showline", true), ("linecolor", "#888"));
            if (panel.Kind == PanelKind.Rows)
            {
                y.SetProperty("type", "category");
                y.SetProperty("categoryorder", "array");
                y.SetProperty("categoryarray", panel.Rows);
                y.SetProperty("autorange", "reversed");
                y.SetProperty("range", new[] { panel.Rows.Count - 0.5, -0.5 });
                y.SetProperty("showgrid", false);
                y.SetProperty("fixedrange", true);
            }
            else
            {
                y.SetProperty("rangemode", "tozero");
                y.SetProperty("gridcolor", "#e6e6e6");
            }
            layout.SetProperty(AxisKey("yaxis", i), y);

            if (spec.Panels.Count > 1)
                annotations.Add(Obj(("text", panel.Title), ("xref", "paper"), ("yref", "paper"), ("x", 0), ("xanchor", "left"),
                    ("y", panel.Top), ("yanchor", "bottom"), ("showarrow", false), ("font", Obj(("size", 13)))));
            if (panel.TotalMs is { } total)
                shapes.Add(Obj(("type", "line"), ("xref", Axis("x", i)), ("yref", Axis("y", i) + " domain"), ("x0", total), ("x1", total),
                    ("y0", 0), ("y1", 1), ("line", Obj(("color", "#333"), ("width", 1.5), ("dash", "dash")))));
        }
        if (annotations.Count > 0) layout.SetProperty("annotations", annotations);
        if (shapes.Count > 0) layout.SetProperty("shapes", shapes);
        return layout;
    }

    private static string Axis(string letter, int panel) => panel == 0 ? letter : letter + (panel + 1);

    private static string AxisKey(string name, int panel) => panel == 0 ? name : name + (panel + 1);

    private static DynamicObj.DynamicObj Obj(params (string Key, object Value)[] values)
    {
        var obj = new DynamicObj.DynamicObj();
        foreach (var (key, value) in values) obj.SetProperty(key, value);
        return obj;
    }
}
