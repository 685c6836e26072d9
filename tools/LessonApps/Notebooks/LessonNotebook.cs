using System.Text.Json;
using LessonApps.Export;

namespace LessonApps.Notebooks;

/// <summary>A lesson notebook (nbformat 4) as the exporter reads it: its file name and cells in order.</summary>
public sealed record LessonNotebook(string FileName, IReadOnlyList<LessonCell> Cells)
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="ExportException"/> naming the file when it is not a notebook.</summary>
    public static LessonNotebook Read(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
                throw new ExportException($"{name}: not a notebook (no \"cells\" array)");
            return new LessonNotebook(name, cells.EnumerateArray().Select((cell, i) => ReadCell(name, cell, i)).ToArray());
        }
        catch (JsonException error)
        {
            throw new ExportException($"{name}: not valid JSON (line {error.LineNumber + 1}): {error.Message.Split('.')[0]}");
        }
    }

    private static LessonCell ReadCell(string notebook, JsonElement cell, int index)
    {
        if (cell.ValueKind != JsonValueKind.Object)
            throw new ExportException($"{notebook}: cell {index + 1} is not an object");
        var id = cell.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : $"#{index + 1}";
        var type = cell.TryGetProperty("cell_type", out var typeValue) && typeValue.ValueKind == JsonValueKind.String ? typeValue.GetString() : null;
        if (type is not ("code" or "markdown" or "raw"))
            throw new ExportException($"{notebook}: cell {id} has no known cell_type (got {(type is null ? "none" : $"'{type}'")})");
        var tags = cell.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("tags", out var tagList) && tagList.ValueKind == JsonValueKind.Array
            ? tagList.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray()
            : [];
        return new LessonCell(id, type == "code", Source(notebook, id, cell), tags);
    }

    // nbformat allows a string or a list of lines.
    private static string Source(string notebook, string id, JsonElement cell)
    {
        if (!cell.TryGetProperty("source", out var source)) return "";
        if (source.ValueKind == JsonValueKind.String) return source.GetString()!.Replace("\r\n", "\n");
        if (source.ValueKind == JsonValueKind.Array && source.EnumerateArray().All(line => line.ValueKind == JsonValueKind.String))
            return string.Concat(source.EnumerateArray().Select(line => line.GetString())).Replace("\r\n", "\n");
        throw new ExportException($"{notebook}: cell {id} has a source that is neither text nor a list of lines");
    }
}
