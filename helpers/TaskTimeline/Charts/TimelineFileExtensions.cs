using TaskTimeline.Charts.Rendering;

namespace TaskTimeline;

/// <summary>Saves a snapshot as a self-contained Gantt page or as <see cref="TimelineJson"/> (a recording: <c>timeline.Snapshot().SaveJson(…)</c>).</summary>
public static class TimelineFileExtensions
{
    /// <summary>Writes the Gantt chart as a self-contained HTML page; returns the full path.</summary>
    public static string SaveHtml(this TimelineSnapshot snapshot, string path) => snapshot.Gantt().SaveHtml(path);

    /// <summary>Writes the snapshot as JSON (schema <c>task-timeline/1</c>); returns the full path.</summary>
    public static string SaveJson(this TimelineSnapshot snapshot, string path, bool indented = true) =>
        ChartFiles.Write(path, TimelineJson.Write(snapshot ?? throw new ArgumentNullException(nameof(snapshot)), indented));
}
