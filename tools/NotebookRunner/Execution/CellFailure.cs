namespace NotebookRunner.Execution;

/// <summary>A cell failed for a reason the runner states itself (directive, restore, compatibility), at a cell line.</summary>
public sealed class CellFailure(string errorName, string message, int line) : Exception(message)
{
    public string ErrorName { get; } = errorName;

    public int Line { get; } = line;
}
