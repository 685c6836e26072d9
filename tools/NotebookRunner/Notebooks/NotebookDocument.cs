using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>An nbformat 4 notebook held as JSON, so writing it back keeps everything the runner does not touch.</summary>
public sealed class NotebookDocument
{
    internal NotebookDocument(string path, JsonObject json)
    {
        Path = path;
        Json = json;
        Cells = ((JsonArray)json["cells"]!)
            .Select((cell, index) => new NotebookCell((JsonObject)cell!, index + 1))
            .ToArray();
    }

    /// <summary>Where the notebook was read from.</summary>
    public string Path { get; }

    public JsonObject Json { get; }

    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The notebook's file name without extension (names solution folders and output files).</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
}
