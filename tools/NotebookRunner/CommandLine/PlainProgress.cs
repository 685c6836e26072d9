using NotebookRunner.Orchestration;

namespace NotebookRunner.CommandLine;

/// <summary>Progress for logs (CI, redirected output): one line when a notebook starts and one when it ends.</summary>
sealed class PlainProgress : IRunProgress
{
    public void NotebookStarted(string displayPath, int index, int count) => Console.WriteLine($"[{index}/{count}] {displayPath}");

    public void CellStarted(int cellNumber, int cellCount)
    {
    }

    public void NotebookFinished(NotebookRunResult result)
    {
        Console.WriteLine($"      {(result.Passed ? "passed" : "FAILED")}: {result.CellsRun} cells run, {result.CellsFailed} failed, {result.CellsSkipped} skipped in {result.ElapsedMs / 1000:0.0} s");
        ProblemLines.Write(result);
    }
}
