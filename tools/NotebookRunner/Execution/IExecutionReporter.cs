using NotebookRunner.Capture;

namespace NotebookRunner.Execution;

/// <summary>Receives progress and results as a notebook runs (the worker forwards them to the orchestrator).</summary>
public interface IExecutionReporter
{
    void NotebookStarted(int cellCount);

    void CellStarted(int cellNumber);

    void CellFinished(CellResult result);

    /// <summary>Problems found after the last cell: late output and exceptions nobody observed.</summary>
    void NotebookFinished(LateOutput? lateOutput, IReadOnlyList<string> unobservedExceptions);
}
