using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NotebookRunner.Execution;

namespace NotebookRunner.Orchestration;

/// <summary>&lt;output&gt;/summary.json, the machine-readable record of a course run (written and read with this model).</summary>
/// <param name="Mode">The run mode (AsGiven, WithSolutions, ExpectUnsolved).</param>
/// <param name="Passed">True when every notebook passed.</param>
public sealed record RunSummary(string Mode, bool Passed, IReadOnlyList<NotebookSummary> Notebooks)
{
    public const string FileName = "summary.json";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static RunSummary From(IReadOnlyList<NotebookRunResult> results, RunMode mode) =>
        new(mode.ToString(), results.All(result => result.Passed), results.Select(NotebookSummary.From).ToArray());

    /// <summary>Writes <see cref="FileName"/> under <paramref name="outputDirectory"/> (through a temporary file of its own).</summary>
    public string Write(string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        string path = Path.Combine(outputDirectory, FileName);
        string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json) + "\n");
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return path;
    }

    /// <exception cref="InvalidDataException">The file is not a summary this runner wrote.</exception>
    public static RunSummary Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<RunSummary>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: empty summary");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not a runner summary: {error.Message}", error);
        }
    }
}

/// <summary>One notebook's entry of summary.json.</summary>
public sealed record NotebookSummary(
    string Name, string SourcePath, string? ExecutedPath, string Status,
    int CellsRun, int CellsPassed, int CellsFailed, int CellsSkipped, int CellsNotRun, int ChecksSolved, int ChecksUnsolved,
    double ElapsedMs, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, IReadOnlyList<CellSummary> Cells)
{
    [JsonIgnore]
    public bool Passed => Status == "passed";

    public static NotebookSummary From(NotebookRunResult result) => new(
        result.Name, result.SourcePath, result.ExecutedPath, result.Passed ? "passed" : "failed",
        result.CellsRun, result.CellsPassed, result.CellsFailed, result.CellsSkipped, result.CellsNotRun, result.ChecksSolved, result.ChecksUnsolved,
        Math.Round(result.ElapsedMs, 1), result.Problems.ToArray(), result.Warnings.ToArray(),
        result.Cells.Select(cell => new CellSummary(
            cell.Number, cell.Status.ToString(), Math.Round(cell.ElapsedMs, 1), cell.IsCheck ? cell.Check.ToString() : null, cell.Error)).ToArray());

    public override string ToString() => $"{Name}: {Status}; {string.Join("; ", Errors)}";
}

/// <summary>One cell's entry: its status (<see cref="CellStatus"/>), time, check verdict (check cells only) and error.</summary>
public sealed record CellSummary(int Number, string Status, double ElapsedMs, string? Check, string? Error);
