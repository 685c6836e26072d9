using TaskTimeline.Charts.Rendering;

namespace TaskTimeline;

/// <summary>The notebook session the lessons' loader cell starts (<c>artifacts/helpers/load.csx</c> calls <see cref="Start"/>).</summary>
public static class NotebookSession
{
    /// <summary>Starts a session: the next chart shown carries plotly.js again, so a re-run notebook never depends on an output that is gone.</summary>
    public static void Start() => PlotlySession.Current.Restart();
}
