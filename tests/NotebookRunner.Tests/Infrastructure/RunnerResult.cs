using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.Infrastructure;

/// <summary>What one runner invocation produced: exit code, console text, summary.json and executed notebooks.</summary>
public sealed record RunnerResult(int ExitCode, string StandardOutput, string StandardError, string OutputDirectory)
{
    /// <summary>The one-line errors, without the "error: " prefix.</summary>
    public IReadOnlyList<string> Errors => StandardError
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => line.StartsWith("error: ", StringComparison.Ordinal))
        .Select(line => line["error: ".Length..])
        .ToArray();

    public JsonObject Summary => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(OutputDirectory, "summary.json")))!;

    public JsonObject SummaryOf(string notebookName) =>
        (JsonObject)((JsonArray)Summary["notebooks"]!).Single(notebook => notebook!["name"]!.GetValue<string>() == notebookName)!;

    public string ExecutedPath(string notebookName) => Path.Combine(OutputDirectory, "notebooks", notebookName + ".ipynb");

    public ExecutedNotebook Executed(string notebookName) => new(ExecutedPath(notebookName));

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
