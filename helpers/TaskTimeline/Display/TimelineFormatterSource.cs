namespace TaskTimeline;

/// <summary>Formatters for <see cref="Timeline"/>, <see cref="TimelineSnapshot"/> and <see cref="TimelineChart"/>: the chart as text/html, the text Gantt as text/plain.</summary>
internal sealed class TimelineFormatterSource
{
    /// <summary>Called by the kernel (by name).</summary>
    public IEnumerable<object> CreateTypeFormatters() => [new TimelineHtmlFormatter(), new TimelinePlainTextFormatter()];
}

/// <summary>text/html: the interactive chart.</summary>
internal sealed class TimelineHtmlFormatter
{
    /// <summary>The mime type written.</summary>
    public string MimeType => "text/html";

    /// <summary>Writes the chart of <paramref name="instance"/>; false if it is not a timeline type.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        var chart = instance switch
        {
            TimelineChart c => c,
            Timeline t => t.Gantt(),
            TimelineSnapshot s => s.Gantt(),
            _ => null,
        };
        if (chart is null) return false;
        writer.Write(chart.ToNotebookHtml());
        return true;
    }
}

/// <summary>text/plain: the text Gantt.</summary>
internal sealed class TimelinePlainTextFormatter
{
    /// <summary>The mime type written.</summary>
    public string MimeType => "text/plain";

    /// <summary>Writes the text Gantt of <paramref name="instance"/>; false if it is not a timeline type.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not (TimelineChart or Timeline or TimelineSnapshot)) return false;
        writer.Write(instance.ToString());
        return true;
    }
}
