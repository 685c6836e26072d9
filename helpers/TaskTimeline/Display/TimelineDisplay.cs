namespace TaskTimeline;

// Notebook display for the recording types lives here, beside the other display code.
[TypeFormatterSource(typeof(TimelineFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed partial class Timeline;

[TypeFormatterSource(typeof(TimelineFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed partial class TimelineSnapshot;
