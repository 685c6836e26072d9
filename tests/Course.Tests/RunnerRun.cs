extern alias runner;

using RunSummary = runner::NotebookRunner.Orchestration.RunSummary;

namespace Course.Tests;

/// <summary>One finished run of the runner: its command, exit code, console output and output folder.</summary>
public sealed class RunnerRun(string command, int exitCode, string stdout, string stderr, string outputDir)
{
    public string Command { get; } = command;
    public int ExitCode { get; } = exitCode;
    public string StdOut { get; } = stdout;
    public string StdErr { get; } = stderr;
    public string OutputDir { get; } = outputDir;

    /// <summary>Where the executed copies are (&lt;output&gt;/notebooks).</summary>
    public string ExecutedNotebooks => Path.Combine(OutputDir, "notebooks");

    public string SummaryPath => Path.Combine(OutputDir, "summary.json");

    /// <summary>summary.json, parsed on first use (a run that crashed may have written none: that fails the test that asks).</summary>
    public RunSummary Summary => summary ??= RunSummary.Read(SummaryPath);
    RunSummary? summary;

    /// <summary>The executed copy of a source notebook.</summary>
    public string ExecutedCopyOf(string sourceNotebook) => Path.Combine(ExecutedNotebooks, Path.GetFileName(sourceNotebook));

    /// <summary>Command, exit code and the tail of both streams: enough to see why a run failed from the test report.</summary>
    public string Describe() =>
        $"{Command}\nexit code {ExitCode}\n--- stdout (last lines) ---\n{Tail(StdOut)}\n--- stderr (last lines) ---\n{Tail(StdErr)}";

    static string Tail(string text, int lines = 40) =>
        string.Join('\n', text.Split('\n').TakeLast(lines));
}
