using TaskTimeline.Charts.Rendering;

namespace TaskTimeline;

/// <summary>The notebook session the lessons' loader cell starts (<c>artifacts/helpers/load.csx</c> calls <see cref="Start"/>).</summary>
public static class NotebookSession
{
    /// <summary>
    /// Starts a session: the next chart shown carries plotly.js again, so a re-run notebook never depends on an output that is
    /// gone. It also loads the chart engine (Plotly.NET and F#, about a second the first time in a process), so the lesson's
    /// first chart costs what the others do and a headless runner can pay it ahead of time.
    /// </summary>
    public static void Start()
    {
        PlotlySession.Current.Restart();
        var warmUp = Timeline.Record("warm-up");   // the recorder's first attach is paid here too
        warmUp.Dispose();
        _ = warmUp.Snapshot().Gantt().ToFigureJson();
    }
}
