using NotebookRunner.Capture;

namespace NotebookRunner.Execution;

/// <summary>How a worker runs its notebook.</summary>
/// <param name="CellTimeout">How long one cell may run.</param>
/// <param name="WithSolutions">Run each exercise's reference solution in place of its stub.</param>
/// <param name="Limits">Output kept per cell.</param>
/// <param name="RestoreCache">Where restored package sets are cached.</param>
public sealed record ExecutionSettings(TimeSpan CellTimeout, bool WithSolutions, OutputLimits Limits, string RestoreCache);
