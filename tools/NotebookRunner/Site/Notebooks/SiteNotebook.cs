using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Site.Notebooks;

/// <summary>The read-only view of an executed nbformat 4 notebook that the site needs: cells in order, with outputs.</summary>
public sealed class SiteNotebook
{
    SiteNotebook(string path, IReadOnlyList<SiteCell> cells)
    {
        Path = path;
        Cells = cells;
    }

    /// <summary>Where the notebook was read from.</summary>
    public string Path { get; }

    public IReadOnlyList<SiteCell> Cells { get; }

    /// <summary>Reads an executed notebook; a file that is not nbformat 4 JSON fails with one line naming the file.</summary>
    public static SiteNotebook Read(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not a notebook (invalid JSON: {error.Message})", error);
        }
        if (root is not JsonObject notebook || notebook["cells"] is not JsonArray cells)
            throw new InvalidDataException($"{path}: not a notebook (no \"cells\" array)");
        return new SiteNotebook(path, cells.Select((cell, index) => SiteCell.FromJson(cell, index + 1, path)).ToArray());
    }

    /// <summary>nbformat stores multi-line text either as one string or as a list of lines; both mean their concatenation.</summary>
    internal static string JoinText(JsonNode? text) => text switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        null => "",
        var other => other.ToJsonString(),
    };
}
