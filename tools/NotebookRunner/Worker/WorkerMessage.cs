using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookRunner.Worker;

/// <summary>One line of the worker-to-orchestrator protocol (JSON after <see cref="Prefix"/> on the worker's real stdout).</summary>
public sealed record WorkerMessage(string Kind)
{
    /// <summary>Marks protocol lines, so anything else a child process writes to the inherited stdout is ignored.</summary>
    public const string Prefix = "@@notebook-runner@@ ";

    public const string Started = "started", CellStarted = "cell-started", CellFinished = "cell-finished",
        Finished = "finished", Crashed = "crashed";

    public int Cell { get; init; }
    public int CellCount { get; init; }
    public string? Status { get; init; }
    public JsonArray? Outputs { get; init; }
    public double ElapsedMs { get; init; }
    public int? ExecutionCount { get; init; }
    public string? Error { get; init; }
    public int[]? LateOutputFrom { get; init; }
    public string? RunSource { get; init; }
    public string[]? Problems { get; init; }
    /// <summary>A check cell's verdict read from its result object: "Solved" or "Unsolved".</summary>
    public string? Check { get; init; }
    public string? CheckText { get; init; }
    public string[]? Warnings { get; init; }

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToLine() => Prefix + JsonSerializer.Serialize(this, Json);

    /// <summary>The message on a protocol line, or null for any other line.</summary>
    public static WorkerMessage? FromLine(string line) =>
        line.StartsWith(Prefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<WorkerMessage>(line.AsSpan(Prefix.Length), Json) : null;
}
