using System.Text.Json;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>The project's own Gantt chart, built the way a notebook builds it, and a check that it has something to draw.</summary>
internal static class GanttCharts
{
    /// <summary>Builds the chart and its Plotly figure JSON (the costly part: the spec and the Plotly.NET call).</summary>
    public static TimelineChart Build(TimelineSnapshot snapshot)
    {
        var chart = snapshot.Gantt();
        _ = chart.ToFigureJson();
        return chart;
    }

    /// <summary>Traces in the figure, and how many of their points are bars (what a browser must draw).</summary>
    public static (int Traces, int BarPoints) Count(TimelineChart chart)
    {
        using var figure = JsonDocument.Parse(chart.ToFigureJson());
        int traces = 0, bars = 0;
        foreach (var trace in figure.RootElement.GetProperty("data").EnumerateArray())
        {
            traces++;
            if (trace.TryGetProperty("type", out var type) && type.GetString() == "bar" && trace.TryGetProperty("x", out var x))
                bars += x.GetArrayLength();
        }
        return (traces, bars);
    }

    /// <summary>Throws if the figure would draw nothing.</summary>
    public static void VerifyBars(TimelineChart chart, TimelineSnapshot snapshot)
    {
        var (traces, _) = Count(chart);
        if (traces == 0) throw new InvalidOperationException($"The chart of '{snapshot.Title}' ({snapshot.Lanes.Count} lanes) has no traces.");
    }
}
