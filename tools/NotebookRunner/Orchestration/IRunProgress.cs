namespace NotebookRunner.Orchestration;

/// <summary>Live progress of a course run (the console display, or nothing in tests).</summary>
public interface IRunProgress
{
    void NotebookStarted(string displayPath, int index, int count);

    void CellStarted(int cellNumber, int cellCount);

    void NotebookFinished(NotebookRunResult result);
}
