using NotebookRunner.Execution;

namespace NotebookRunner.Orchestration;

/// <summary>How one notebook's run went, for the summary table and summary.json.</summary>
public sealed class NotebookRunResult(string name, string sourcePath)
{
    public string Name { get; } = name;

    public string SourcePath { get; } = sourcePath;

    /// <summary>The executed copy, or null when the notebook could not be read.</summary>
    public string? ExecutedPath { get; set; }

    public List<CellRun> Cells { get; } = [];

    /// <summary>One-line errors (notebook, cell, first code line, reason); empty when the notebook passed.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>One-line warnings that do not fail the notebook (a cell changed its own notebook file).</summary>
    public List<string> Warnings { get; } = [];

    public double ElapsedMs { get; set; }

    public bool Passed => Problems.Count == 0;

    public int CellsRun => Cells.Count(cell => cell.Status is CellStatus.Passed or CellStatus.Failed or CellStatus.TimedOut);
    public int CellsPassed => Cells.Count(cell => cell.Status == CellStatus.Passed);
    public int CellsFailed => Cells.Count(cell => cell.Status is CellStatus.Failed or CellStatus.TimedOut);
    public int CellsSkipped => Cells.Count(cell => cell.Status == CellStatus.Skipped);
    public int CellsNotRun => Cells.Count(cell => cell.Status == CellStatus.NotRun);
    public int ChecksSolved => Cells.Count(cell => cell.Check == CheckVerdict.Solved);
    public int ChecksUnsolved => Cells.Count(cell => cell.Check == CheckVerdict.Unsolved);
}

/// <summary>One code or raw cell's outcome.</summary>
public sealed class CellRun(int number)
{
    public int Number { get; } = number;
    public CellStatus Status { get; set; } = CellStatus.NotRun;
    public double ElapsedMs { get; set; }
    public bool IsCheck { get; init; }
    public CheckVerdict Check { get; set; }
    /// <summary>The check result's own text (what the learner reads).</summary>
    public string? CheckText { get; set; }
    public string? Error { get; set; }
}
