using TaskTimeline.Charts.Rendering;

namespace TaskTimeline;

/// <summary>Saves a timeline as a self-contained Gantt page or as <see cref="TimelineJson"/>.</summary>
public static class TimelineFileExtensions
{
    /// <summary>Writes the Gantt chart as a self-contained HTML page; returns the full path.</summary>
    public static string SaveHtml(this Timeline timeline, string path) => timeline.Gantt().SaveHtml(path);

    /// <summary>Writes the Gantt chart as a self-contained HTML page; returns the full path.</summary>
    public static string SaveHtml(this TimelineSnapshot snapshot, string path) => snapshot.Gantt().SaveHtml(path);

    /// <summary>Writes the timeline as JSON (schema <c>task-timeline/1</c>); returns the full path.</summary>
    public static string SaveJson(this Timeline timeline, string path, bool indented = true) =>
        (timeline ?? throw new ArgumentNullException(nameof(timeline))).Snapshot().SaveJson(path, indented);

    /// <summary>Writes the snapshot as JSON (schema <c>task-timeline/1</c>); returns the full path.</summary>
    public static string SaveJson(this TimelineSnapshot snapshot, string path, bool indented = true) =>
        ChartFiles.Write(path, TimelineJson.Write(snapshot ?? throw new ArgumentNullException(nameof(snapshot)), indented));
}
