using System.Text.Json.Nodes;

namespace NotebookRunner.Site.Notebooks;

/// <summary>The kind of a notebook cell, as nbformat's <c>cell_type</c> names it.</summary>
public enum SiteCellKind { Markdown, Code, Raw }

/// <summary>One cell of an executed notebook; <c>Number</c> is its 1-based position.</summary>
public sealed record SiteCell(
    int Number,
    SiteCellKind Kind,
    string? Id,
    string Source,
    IReadOnlyList<string> Tags,
    int? ExecutionCount,
    IReadOnlyList<SiteOutput> Outputs)
{
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    internal static SiteCell FromJson(JsonNode? node, int number, string path)
    {
        if (node is not JsonObject json)
            throw new InvalidDataException($"{path}: cell {number} is not a JSON object");
        var kind = json["cell_type"]?.GetValue<string>() switch
        {
            "markdown" => SiteCellKind.Markdown,
            "code" => SiteCellKind.Code,
            "raw" => SiteCellKind.Raw,
            var other => throw new InvalidDataException($"{path}: cell {number} has unknown cell_type '{other}'"),
        };
        var tags = json["metadata"]?["tags"] is JsonArray tagArray
            ? tagArray.Select(tag => tag?.GetValue<string>() ?? "").ToArray()
            : [];
        var outputs = json["outputs"] is JsonArray outputArray
            ? outputArray.Select((output, index) => SiteOutput.FromJson(output, $"{path}: cell {number}, output {index + 1}")).ToArray()
            : [];
        return new SiteCell(
            number,
            kind,
            json["id"]?.GetValue<string>(),
            SiteNotebook.JoinText(json["source"]),
            tags,
            json["execution_count"]?.GetValue<int>(),
            outputs);
    }
}
