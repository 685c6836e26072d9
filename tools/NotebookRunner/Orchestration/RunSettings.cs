namespace NotebookRunner.Orchestration;

/// <summary>Settings of one course run (from the command line).</summary>
public sealed record RunSettings(string OutputDirectory, RunMode Mode, WorkerArguments Worker);
