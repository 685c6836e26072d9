using System.Text.Json;
using System.Text.Json.Nodes;

namespace CourseSite.Notebooks;

/// <summary>An executed nbformat 4 notebook (the runner's copy, outputs filled in), read once and never written.</summary>
public sealed class ExecutedNotebook
{
    ExecutedNotebook(string path, IReadOnlyList<NotebookCell> cells)
    {
        Path = path;
        Cells = cells;
    }

    public string Path { get; }

    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>A lesson passed when no code cell ended in an error output.</summary>
    public bool Passed => !Cells.Any(cell => cell.Outputs.OfType<ErrorOutput>().Any());

    /// <exception cref="NotebookFormatException">The file is missing, not JSON, or not an nbformat 4 notebook.</exception>
    public static ExecutedNotebook Read(string path)
    {
        if (!File.Exists(path))
            throw new NotebookFormatException($"{path}: executed notebook not found");
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException error)
        {
            throw new NotebookFormatException($"{path}: malformed JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1})");
        }
        if (root is not JsonObject { } notebook || notebook["cells"] is not JsonArray cells)
            throw new NotebookFormatException($"{path}: not a Jupyter notebook (no \"cells\" array)");
        if (notebook["nbformat"] is not JsonValue format || !format.TryGetValue(out int major) || major != 4)
            throw new NotebookFormatException($"{path}: not an nbformat 4 notebook (nbformat is {notebook["nbformat"]?.ToJsonString() ?? "missing"})");
        try
        {
            return new ExecutedNotebook(path, cells.Select((cell, index) => Cell(cell, index + 1)).ToArray());
        }
        catch (Exception error) when (error is FormatException or InvalidOperationException)
        {
            throw new NotebookFormatException($"{path}: {error.Message}");
        }
    }

    static NotebookCell Cell(JsonNode? node, int number)
    {
        if (node is not JsonObject cell || Text(cell["cell_type"]) is not { } type)
            throw new FormatException($"cell {number} is not a notebook cell (no \"cell_type\")");
        try
        {
            var tags = cell["metadata"]?["tags"] is JsonArray list ? list.Select(tag => Text(tag) ?? "").ToArray() : [];
            var count = cell["execution_count"] is JsonValue value && value.TryGetValue(out int executed) ? executed : (int?)null;
            var outputs = cell["outputs"] is JsonArray items ? items.Select((output, index) => Output(output, index + 1)).ToArray() : [];
            return new NotebookCell(number, type, Text(cell["id"]), MultilineText(cell["source"]), tags, count, outputs);
        }
        catch (Exception error) when (error is FormatException or InvalidOperationException)
        {
            throw new FormatException($"cell {number}: {error.Message}", error);
        }
    }

    static CellOutput Output(JsonNode? node, int number)
    {
        if (node is not JsonObject output)
            throw new FormatException($"output {number} is not a JSON object");
        return Text(output["output_type"]) switch
        {
            "stream" => new StreamOutput(Text(output["name"]) ?? "stdout", MultilineText(output["text"])),
            "display_data" or "execute_result" => new DataOutput(output["data"] is JsonObject data
                ? data.ToDictionary(pair => pair.Key, pair => pair.Value is JsonObject json ? json.ToJsonString() : MultilineText(pair.Value), StringComparer.Ordinal)
                : new Dictionary<string, string>()),
            "error" => new ErrorOutput(
                Text(output["ename"]) ?? "Error",
                Text(output["evalue"]) ?? "",
                output["traceback"] is JsonArray lines ? lines.Select(line => Text(line) ?? "").ToArray() : []),
            var other => throw new FormatException($"output {number} has unknown output_type '{other}'"),
        };
    }

    static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    /// <summary>nbformat multi-line text: one string, or a list of lines each keeping its newline.</summary>
    static string MultilineText(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(line => Text(line) ?? throw new FormatException($"text line {line?.ToJsonString()} is not a string"))),
        JsonValue value when Text(value) is { } text => text,
        null => "",
        _ => throw new FormatException($"text {node.ToJsonString()} is not a string or list of strings"),
    };
}
