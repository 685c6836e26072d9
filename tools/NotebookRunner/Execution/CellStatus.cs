namespace NotebookRunner.Execution;

/// <summary>How a cell ended.</summary>
public enum CellStatus
{
    /// <summary>Ran without error.</summary>
    Passed,
    /// <summary>Compile error, exception, refused directive, truncated output or late output.</summary>
    Failed,
    /// <summary>Did not finish within the per-cell timeout; later cells are not run.</summary>
    TimedOut,
    /// <summary>Another kernel's cell or a raw cell: reported, not run.</summary>
    Skipped,
    /// <summary>Never reached (an earlier cell timed out or the worker crashed).</summary>
    NotRun,
}
