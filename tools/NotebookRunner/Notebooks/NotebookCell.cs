using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>One cell of a notebook, a view over its JSON that keeps every field it does not understand.</summary>
public sealed class NotebookCell(JsonObject json, int number)
{
    /// <summary>The cell's JSON, edited in place when outputs are filled in.</summary>
    public JsonObject Json { get; } = json;

    /// <summary>1-based position in the notebook, as people count cells.</summary>
    public int Number { get; } = number;

    public string CellType => Json["cell_type"]?.GetValue<string>() ?? "";

    public bool IsCode => CellType == "code";

    public string? Id => Json["id"]?.GetValue<string>();

    public string Source => JoinSource(Json["source"]);

    public IReadOnlyList<string> Tags =>
        Json["metadata"]?["tags"] is JsonArray tags
            ? tags.Select(tag => tag?.GetValue<string>() ?? "").ToArray()
            : [];

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The execution count of an executed code cell, or null.</summary>
    public int? ExecutionCount => Json["execution_count"] is JsonValue count && count.TryGetValue(out int value) ? value : null;

    /// <summary>The outputs of an executed code cell, in order.</summary>
    public IReadOnlyList<CellOutput> Outputs =>
        Json["outputs"] is JsonArray outputs
            ? outputs.Select((output, index) => output is JsonObject json
                ? CellOutput.FromJson(json)
                : throw new FormatException($"cell {Number}, output {index + 1} is not a JSON object")).ToArray()
            : [];

    /// <summary>The kernel the cell's metadata names (Polyglot Notebooks), or null when it names none.</summary>
    public string? MetadataKernel =>
        Json["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
        ?? Json["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>();

    /// <summary>The first line with code on it, trimmed, for one-line error messages.</summary>
    public string FirstCodeLine =>
        Source.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? "";

    internal static string JoinSource(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        JsonValue text => text.GetValue<string>(),
        _ => "",
    };
}
