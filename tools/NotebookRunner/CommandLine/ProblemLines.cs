using NotebookRunner.Orchestration;

namespace NotebookRunner.CommandLine;

/// <summary>Writes a notebook's one-line errors to stderr, unwrapped, so each stays one line in any log.</summary>
static class ProblemLines
{
    public static void Write(NotebookRunResult result)
    {
        foreach (string problem in result.Problems)
            Console.Error.WriteLine($"error: {problem.ReplaceLineEndings(" ")}");
        foreach (string warning in result.Warnings)
            Console.Error.WriteLine($"warning: {warning.ReplaceLineEndings(" ")}");
    }
}
