using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Orchestration;

/// <summary>Writes &lt;output&gt;/summary.json, the machine-readable record of a course run.</summary>
public static class SummaryJson
{
    public static string Write(string outputDirectory, IReadOnlyList<NotebookRunResult> results, RunMode mode)
    {
        var json = new JsonObject
        {
            ["mode"] = mode.ToString(),
            ["passed"] = results.All(result => result.Passed),
            ["notebooks"] = new JsonArray(results.Select(Notebook).ToArray()),
        };
        Directory.CreateDirectory(outputDirectory);
        string path = Path.Combine(outputDirectory, "summary.json");
        string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return path;
    }

    static JsonNode Notebook(NotebookRunResult result) => new JsonObject
    {
        ["name"] = result.Name,
        ["sourcePath"] = result.SourcePath,
        ["executedPath"] = result.ExecutedPath,
        ["status"] = result.Passed ? "passed" : "failed",
        ["cellsRun"] = result.CellsRun,
        ["cellsPassed"] = result.CellsPassed,
        ["cellsFailed"] = result.CellsFailed,
        ["cellsSkipped"] = result.CellsSkipped,
        ["cellsNotRun"] = result.CellsNotRun,
        ["checksSolved"] = result.ChecksSolved,
        ["checksUnsolved"] = result.ChecksUnsolved,
        ["elapsedMs"] = Math.Round(result.ElapsedMs, 1),
        ["errors"] = new JsonArray(result.Problems.Select(problem => (JsonNode?)problem).ToArray()),
        ["warnings"] = new JsonArray(result.Warnings.Select(warning => (JsonNode?)warning).ToArray()),
        ["cells"] = new JsonArray(result.Cells.Select(cell => (JsonNode?)new JsonObject
        {
            ["number"] = cell.Number,
            ["status"] = cell.Status.ToString(),
            ["elapsedMs"] = Math.Round(cell.ElapsedMs, 1),
            ["check"] = cell.IsCheck ? cell.Check.ToString() : null,
            ["error"] = cell.Error,
        }).ToArray()),
    };
}
