using System.Text;
using System.Text.Json.Nodes;
using NotebookRunner.Capture;
using NotebookRunner.Execution;

namespace NotebookRunner.Worker;

/// <summary>Sends execution events to the orchestrator over the worker's real stdout (taken before Console is redirected).</summary>
public sealed class WorkerReporter : IExecutionReporter
{
    readonly TextWriter channel = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
    readonly Lock gate = new();

    public void NotebookStarted(int cellCount) => Send(new WorkerMessage(WorkerMessage.Started) { CellCount = cellCount });

    public void CellStarted(int cellNumber) => Send(new WorkerMessage(WorkerMessage.CellStarted) { Cell = cellNumber });

    public void CellFinished(CellResult result) => Send(new WorkerMessage(WorkerMessage.CellFinished)
    {
        Cell = result.Number,
        Status = result.Status.ToString(),
        Outputs = new JsonArray(result.Outputs.Select(output => (JsonNode?)output.ToJson(result.ExecutionCount)).ToArray()),
        ElapsedMs = result.ElapsedMs,
        ExecutionCount = result.ExecutionCount,
        Error = result.Error,
        LateOutputFrom = result.LateOutputFrom.Count > 0 ? result.LateOutputFrom.ToArray() : null,
        RunSource = result.RunSource,
        Check = result.Check is null ? null : result.Check.Passed ? "Solved" : "Unsolved",
        CheckText = result.Check?.Text,
        Warnings = result.Warnings?.ToArray(),
    });

    public void NotebookFinished(LateOutput? lateOutput, IReadOnlyList<string> unobservedExceptions) => Send(new WorkerMessage(WorkerMessage.Finished)
    {
        Outputs = lateOutput is null ? null : [new Notebooks.StreamOutput("stderr", lateOutput.Note).ToJson(null)],
        LateOutputFrom = lateOutput?.FromCells.ToArray(),
        Problems = unobservedExceptions.Count > 0 ? unobservedExceptions.ToArray() : null,
    });

    /// <summary>Last words before an unhandled exception ends the process.</summary>
    public void Crashed(int cellNumber, string error) => Send(new WorkerMessage(WorkerMessage.Crashed) { Cell = cellNumber, Error = error });

    void Send(WorkerMessage message)
    {
        lock (gate)
            channel.WriteLine(message.ToLine());
    }
}
