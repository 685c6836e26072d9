namespace TaskTimeline;

// Notebook display for the recording types lives here, beside the other display code.
[TypeFormatterSource(typeof(TimelineFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed partial class Timeline
{
    /// <summary>The Gantt chart as a notebook fragment: what the .NET Interactive kernel shows, and what Verso picks up by this name.</summary>
    public string ToHtml() => this.Gantt().ToHtml();
}

[TypeFormatterSource(typeof(TimelineFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed partial class TimelineSnapshot
{
    /// <inheritdoc cref="Timeline.ToHtml"/>
    public string ToHtml() => this.Gantt().ToHtml();
}
