namespace TaskTimeline.Charts.Spec;

/// <summary>One panel as a view builds it, before <see cref="ChartComposer"/> stacks panels and places them.</summary>
internal sealed record PanelContent(PanelKind Kind, string Title, IReadOnlyList<string> Rows, string YTitle, int HeightPx, double TotalMs, IReadOnlyList<TraceSpec> Traces);

/// <summary>Collects the bars of one trace.</summary>
internal sealed class BarTrace(string name, string legendGroup, TraceStyle style, bool showLegend = true)
{
    private readonly List<string> _rows = new();
    private readonly List<double> _starts = new();
    private readonly List<double> _lengths = new();
    private readonly List<string> _hover = new();
    private readonly List<string> _text = new();

    public int Count => _rows.Count;

    public void Add(string row, double startMs, double lengthMs, string hover, string? text = null)
    {
        _rows.Add(row);
        _starts.Add(startMs);
        _lengths.Add(lengthMs);
        _hover.Add(hover);
        _text.Add(text ?? "");
    }

    public TraceSpec ToSpec(bool withText = false) =>
        new(TraceKind.Bar, 0, name, legendGroup, showLegend, style, _rows, _starts, _lengths, _hover, withText ? _text : null);
}
