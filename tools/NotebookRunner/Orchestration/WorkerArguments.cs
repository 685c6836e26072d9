using System.Globalization;

namespace NotebookRunner.Orchestration;

/// <summary>What the orchestrator tells a worker on its command line.</summary>
public sealed record WorkerArguments(TimeSpan CellTimeout, bool WithSolutions, string RestoreCache)
{
    public const string Verb = "worker";

    public IEnumerable<string> ToCommandLine(string notebookPath)
    {
        yield return Verb;
        yield return notebookPath;
        yield return "--timeout";
        yield return CellTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        yield return "--restore-cache";
        yield return RestoreCache;
        if (WithSolutions)
            yield return "--with-solutions";
    }
}
