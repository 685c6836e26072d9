using NotebookRunner.Capture;

namespace NotebookRunner.Execution;

/// <summary>How a worker runs its notebook.</summary>
/// <param name="CellTimeout">How long one cell may run.</param>
/// <param name="WithSolutions">Run each exercise's reference solution in place of its stub.</param>
/// <param name="Limits">Output kept per cell.</param>
/// <param name="MaxMemoryMegabytes">The heap limit the worker runs under (named in out-of-memory errors).</param>
/// <param name="SolutionsDirectory">Where exercise solutions are taken from (&lt;notebook&gt;/&lt;cell id&gt;.csx), or null for solutions/ beside the notebook.</param>
public sealed record ExecutionSettings(TimeSpan CellTimeout, bool WithSolutions, OutputLimits Limits, string? SolutionsDirectory = null, int MaxMemoryMegabytes = 0);
