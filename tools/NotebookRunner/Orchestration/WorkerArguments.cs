using System.Globalization;

namespace NotebookRunner.Orchestration;

/// <summary>What the orchestrator tells a worker on its command line (and, for memory, its runtime).</summary>
/// <param name="SolutionsDirectory">Folder of exercise solutions, or null for solutions/ beside each notebook.</param>
/// <param name="MaxMemoryMegabytes">The worker's managed heap limit (the runtime's GC hard limit).</param>
public sealed record WorkerArguments(TimeSpan CellTimeout, bool WithSolutions, string? SolutionsDirectory, int MaxMemoryMegabytes)
{
    public const string Verb = "worker";

    public const int DefaultMaxMemoryMegabytes = 8192;

    public IEnumerable<string> ToCommandLine(string notebookPath)
    {
        yield return Verb;
        yield return notebookPath;
        yield return "--timeout";
        yield return CellTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        yield return "--max-memory";
        yield return MaxMemoryMegabytes.ToString(CultureInfo.InvariantCulture);
        if (WithSolutions)
            yield return "--with-solutions";
        if (SolutionsDirectory is not null)
        {
            yield return "--solutions";
            yield return Path.GetFullPath(SolutionsDirectory);
        }
    }
}
