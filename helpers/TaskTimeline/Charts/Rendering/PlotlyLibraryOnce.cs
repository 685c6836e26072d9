namespace TaskTimeline.Charts.Rendering;

/// <summary>
/// Hands out "include plotly.js now" exactly once: each notebook runs in its own kernel process, so the first chart of
/// a process carries the library and later charts use <c>window.Plotly</c>.
/// </summary>
internal sealed class PlotlyLibraryOnce
{
    private int _claimed;

    /// <summary>The one per process.</summary>
    public static PlotlyLibraryOnce Process { get; } = new();

    /// <summary>True the first time only.</summary>
    public bool Claim() => Interlocked.Exchange(ref _claimed, 1) == 0;
}
