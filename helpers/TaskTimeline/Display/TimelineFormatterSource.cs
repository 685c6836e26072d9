namespace TaskTimeline;

/// <summary>Formatters for <see cref="Timeline"/>, <see cref="TimelineSnapshot"/> and <see cref="TimelineChart"/>: the chart as text/html, the text Gantt as text/plain.</summary>
internal sealed class TimelineFormatterSource
{
    /// <summary>text/html: the interactive chart (<see cref="TimelineChart.ToHtml"/>).</summary>
    internal static readonly MimeFormatter Html = new("text/html", instance => instance switch
    {
        TimelineChart chart => chart.ToHtml(),
        Timeline timeline => timeline.ToHtml(),
        TimelineSnapshot snapshot => snapshot.ToHtml(),
        _ => null,
    });

    /// <summary>text/plain: the text Gantt.</summary>
    internal static readonly MimeFormatter PlainText = new("text/plain",
        instance => instance is TimelineChart or Timeline or TimelineSnapshot ? instance.ToString() : null);

    /// <summary>Called by the kernel (by name).</summary>
    public IEnumerable<object> CreateTypeFormatters() => [Html, PlainText];
}
