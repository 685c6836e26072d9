namespace TaskTimeline.Charts.Rendering;

/// <summary>
/// Decides which chart carries plotly.js: the first one after the session starts. A session starts with the process and
/// again whenever the lesson's loader cell runs (<see cref="NotebookSession.Start"/>), because one kernel process can
/// outlive the page that showed its first chart (a reopened notebook, Verso serving several notebooks from one process).
/// </summary>
internal sealed class PlotlySession
{
    private int _included;

    /// <summary>The session of this process.</summary>
    public static PlotlySession Current { get; } = new();

    /// <summary>True for the first chart of the session only.</summary>
    public bool Claim() => Interlocked.Exchange(ref _included, 1) == 0;

    /// <summary>Starts over: the next chart carries plotly.js again.</summary>
    public void Restart() => Volatile.Write(ref _included, 0);
}
