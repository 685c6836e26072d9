using System.Text.Json;

namespace Course.Tests.Lessons;

/// <summary>A lesson notebook read as plain JSON: its metadata and cells (type, id, tags, source, outputs).</summary>
public sealed class LessonNotebook
{
    LessonNotebook(string path, JsonElement root)
    {
        Path = path;
        Root = root;
        Cells = root.GetProperty("cells").EnumerateArray().Select(cell => new LessonCell(cell)).ToArray();
    }

    public string Path { get; }

    /// <summary>The file name without .ipynb, e.g. "03-whenall": also the name of its solutions folder.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public JsonElement Root { get; }

    public IReadOnlyList<LessonCell> Cells { get; }

    public IEnumerable<LessonCell> CodeCells => Cells.Where(cell => cell.IsCode);

    public IEnumerable<LessonCell> Tagged(string tag) => Cells.Where(cell => cell.Tags.Contains(tag));

    public static LessonNotebook Read(string path) => new(path, JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    public override string ToString() => Name;
}

/// <summary>One cell of a lesson notebook.</summary>
public sealed class LessonCell(JsonElement json)
{
    public JsonElement Json { get; } = json;

    public string Type => Json.GetProperty("cell_type").GetString() ?? "";

    public bool IsCode => Type == "code";

    public string Id => Json.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";

    public IReadOnlyList<string> Tags =>
        Json.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("tags", out var tags)
            ? tags.EnumerateArray().Select(tag => tag.GetString() ?? "").ToArray()
            : [];

    /// <summary>The cell's text (nbformat stores it as one string or as a list of lines).</summary>
    public string Source => Text(Json.GetProperty("source"));

    public IReadOnlyList<JsonElement> Outputs =>
        Json.TryGetProperty("outputs", out var outputs) ? outputs.EnumerateArray().ToArray() : [];

    /// <summary>Everything the cell printed or displayed, per MIME type ("stream" text counts as text/plain).</summary>
    public string OutputText(string mimeType = "text/plain") => string.Concat(Outputs.Select(output =>
        output.TryGetProperty("text", out var stream) && mimeType == "text/plain" ? Text(stream)
        : output.TryGetProperty("data", out var data) && data.TryGetProperty(mimeType, out var value) ? Text(value)
        : ""));

    static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? string.Concat(value.EnumerateArray().Select(line => line.GetString()))
        : value.GetString() ?? "";
}
