namespace NotebookRunner.Orchestration;

/// <summary>What a check cell's result object said (TaskTimeline's CheckResult, read from the kernel's value events).</summary>
public enum CheckVerdict
{
    /// <summary>The cell produced no check result.</summary>
    None,
    Solved,
    Unsolved,
}
