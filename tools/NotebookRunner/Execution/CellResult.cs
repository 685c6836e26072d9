using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>What running one cell produced.</summary>
/// <param name="Number">1-based cell number.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Outputs">Its outputs, in order, as they go into the executed notebook.</param>
/// <param name="ElapsedMs">Wall time of the cell.</param>
/// <param name="ExecutionCount">The kernel-style counter for code that ran, else null.</param>
/// <param name="Error">One-line reason for a failure (without notebook and cell), or the reason a cell was skipped.</param>
/// <param name="LateOutputFrom">Earlier cells whose fire-and-forget work wrote while this cell ran.</param>
/// <param name="RunSource">The code that ran when it was not the cell's own (an exercise's solution).</param>
/// <param name="Check">What a check result among the cell's values said, if it produced one.</param>
/// <param name="Warnings">Things that did not fail the cell but should be said (e.g. it changed its own notebook file).</param>
public sealed record CellResult(
    int Number,
    CellStatus Status,
    IReadOnlyList<CellOutput> Outputs,
    double ElapsedMs,
    int? ExecutionCount,
    string? Error,
    IReadOnlyList<int> LateOutputFrom,
    string? RunSource = null,
    CheckReport? Check = null,
    IReadOnlyList<string>? Warnings = null);
