using System.Text.Json;
using System.Text.Json.Serialization;

// Compiled into TaskTimeline and into TaskTimeline.Charts (linked): the two sides live in different load contexts and
// exchange this spec as JSON, so it may depend on nothing but the BCL.
namespace TaskTimeline.Charts.Spec;

/// <summary>
/// Everything needed to draw a chart, already decided: panels stacked top to bottom on one shared x range (ms),
/// and the traces in them. The Plotly side maps it 1:1 to traces and layout.
/// </summary>
internal sealed record ChartSpec(
    string Title,
    int HeightPx,
    int TopMarginPx,
    int BottomMarginPx,
    double XMaxMs,
    string XTitle,
    bool ShowLegend,
    IReadOnlyList<PanelSpec> Panels,
    IReadOnlyList<TraceSpec> Traces,
    string? LegendTitle = null)
{
    /// <summary>Plotly's toolbar, top right: titles and legends sit below it, so a long title never runs under it.</summary>
    public const int ToolbarHeightPx = 30;

    /// <summary>Serialises the spec to cross the load-context boundary.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ChartSpecJsonContext.Default.ChartSpec);

    /// <summary>Reads a spec written by <see cref="ToJson"/>.</summary>
    public static ChartSpec FromJson(string json) =>
        JsonSerializer.Deserialize(json, ChartSpecJsonContext.Default.ChartSpec) ?? throw new FormatException("Chart spec JSON is 'null'.");
}

// Source-generated: reflection-based serialisation cost ~0.3 s on the first chart of a process.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ChartSpec))]
internal sealed partial class ChartSpecJsonContext : JsonSerializerContext;

/// <summary>How a panel's y axis reads.</summary>
internal enum PanelKind
{
    /// <summary>One category row per lane or thread, first row on top.</summary>
    Rows,
    /// <summary>A count (e.g. lanes in each phase over time), zero at the bottom.</summary>
    Counts,
}

/// <summary>One subplot.</summary>
/// <param name="Kind">Category rows or counts.</param>
/// <param name="Title">Shown above the panel when the chart has several panels.</param>
/// <param name="Rows">Row names top to bottom (<see cref="PanelKind.Rows"/> only).</param>
/// <param name="YTitle">Y axis title.</param>
/// <param name="Bottom">Lower edge as a fraction of the plot height.</param>
/// <param name="Top">Upper edge as a fraction of the plot height.</param>
/// <param name="TotalMs">Where to draw the panel's "total" marker, if anywhere.</param>
internal sealed record PanelSpec(PanelKind Kind, string Title, IReadOnlyList<string> Rows, string YTitle, double Bottom, double Top, double? TotalMs);

/// <summary>What kind of trace to draw.</summary>
internal enum TraceKind
{
    /// <summary>Horizontal bars: row = <see cref="TraceSpec.Rows"/>, from <see cref="TraceSpec.Starts"/> for <see cref="TraceSpec.Values"/> ms.</summary>
    Bar,
    /// <summary>Stacked step area: x = <see cref="TraceSpec.Starts"/>, y = <see cref="TraceSpec.Values"/>.</summary>
    Area,
}

/// <summary>Fill, outline and optional hatch pattern.</summary>
internal sealed record TraceStyle(string Fill, string Line, string? Pattern = null, string? PatternColor = null);

/// <summary>One trace: one legend entry, one style.</summary>
internal sealed record TraceSpec(
    TraceKind Kind,
    int Panel,
    string Name,
    string LegendGroup,
    bool ShowLegend,
    TraceStyle Style,
    IReadOnlyList<string>? Rows,
    IReadOnlyList<double> Starts,
    IReadOnlyList<double> Values,
    IReadOnlyList<string> Hover,
    IReadOnlyList<string>? Text = null,
    int LegendRank = 0);
