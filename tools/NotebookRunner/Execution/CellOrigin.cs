namespace NotebookRunner.Execution;

/// <summary>
/// The cell whose code the current flow of execution belongs to. Set by the kernel pipeline before a cell's code runs,
/// it flows into continuations, Task.Run and new threads, so output or a crash after the cell ended still names its cell.
/// </summary>
public static class CellOrigin
{
    static readonly AsyncLocal<int> origin = new();

    /// <summary>1-based cell number, or 0 when the work did not start in a cell.</summary>
    public static int Current => origin.Value;

    internal static void Enter(int cellNumber) => origin.Value = cellNumber;
}
