using System.Text.Json;

namespace TaskTimeline.Tests.Charts;

/// <summary>Reads a Plotly figure JSON for assertions.</summary>
internal sealed class Figure
{
    private Figure(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public JsonElement Layout => Root.GetProperty("layout");

    public JsonElement[] Traces => Root.GetProperty("data").EnumerateArray().ToArray();

    public static Figure Of(TimelineChart chart) => new(JsonDocument.Parse(chart.ToFigureJson()).RootElement.Clone());

    public JsonElement Trace(string name) => Traces.Single(t => t.GetProperty("name").GetString() == name);

    public static string[] Strings(JsonElement trace, string property) => trace.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static double[] Numbers(JsonElement trace, string property) => trace.GetProperty(property).EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static string Color(JsonElement trace) => trace.GetProperty("marker").GetProperty("color").GetString()!;
}
