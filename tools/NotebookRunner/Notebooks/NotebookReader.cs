using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>Reads a file as a C# notebook, or says in one line why it is not one.</summary>
public static class NotebookReader
{
    static readonly string[] CSharpNames = ["c#", "csharp", ".net-csharp", "c-sharp"];

    /// <exception cref="NotebookFormatException">The file is missing, malformed or not a C# nbformat 4 notebook.</exception>
    public static NotebookDocument Read(string path)
    {
        if (!File.Exists(path))
            throw new NotebookFormatException(System.IO.Directory.Exists(path) ? "is a folder, not a notebook file" : "file not found");
        string text = File.ReadAllText(path);
        return Parse(path, text);
    }

    /// <exception cref="NotebookFormatException">The text is malformed or not a C# nbformat 4 notebook.</exception>
    public static NotebookDocument Parse(string path, string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException error)
        {
            throw new NotebookFormatException($"malformed JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}): {FirstSentence(error.Message)}");
        }
        if (root is not JsonObject json || json["cells"] is not JsonArray cells)
            throw new NotebookFormatException("not a Jupyter notebook (no \"cells\" array)");
        if (json["nbformat"] is not JsonValue format || !format.TryGetValue(out int major) || major != 4)
            throw new NotebookFormatException($"not an nbformat 4 notebook (nbformat is {json["nbformat"]?.ToJsonString() ?? "missing"})");
        for (int index = 0; index < cells.Count; index++)
        {
            if (cells[index] is not JsonObject cell || cell["cell_type"]?.GetValueKind() != JsonValueKind.String)
                throw new NotebookFormatException($"cell {index + 1} is not a notebook cell (no \"cell_type\")");
            if (!IsText(cell["source"]))
                throw new NotebookFormatException($"cell {index + 1}: \"source\" must be a string or a list of strings (it is {Describe(cell["source"])})");
            if (cell["metadata"] is { } metadata && metadata is not JsonObject)
                throw new NotebookFormatException($"cell {index + 1}: \"metadata\" must be an object (it is {Describe(metadata)})");
            if (cell["metadata"]?["tags"] is { } tags && (tags is not JsonArray tagList || !tagList.All(tag => tag?.GetValueKind() == JsonValueKind.String)))
                throw new NotebookFormatException($"cell {index + 1}: \"metadata.tags\" must be a list of strings");
            if (cell["id"] is { } id && id.GetValueKind() != JsonValueKind.String)
                throw new NotebookFormatException($"cell {index + 1}: \"id\" must be a string (it is {Describe(id)})");
        }
        string? language = KernelLanguage(json);
        if (language is not null && !CSharpNames.Contains(language.ToLowerInvariant()))
            throw new NotebookFormatException($"unknown kernel language '{language}' (this runner runs C# notebooks)");
        return new NotebookDocument(path, json);
    }

    /// <summary>The language the notebook's metadata declares, or null when it declares none (taken as C#).</summary>
    static string? KernelLanguage(JsonObject notebook)
    {
        JsonNode? metadata = notebook["metadata"];
        return Text(metadata?["kernelspec"]?["language"])
            ?? Text(metadata?["language_info"]?["name"])
            ?? Text(metadata?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
    }

    static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;

    static bool IsText(JsonNode? source) => source switch
    {
        null => true,
        JsonArray lines => lines.All(line => line?.GetValueKind() == JsonValueKind.String),
        JsonValue value => value.GetValueKind() == JsonValueKind.String,
        _ => false,
    };

    static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Array => "a list" + (node is JsonArray { Count: > 0 } list ? $" of {Plural(list[0])}" : ""),
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    static string Plural(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Array => "lists",
        JsonValueKind.Object => "objects",
        JsonValueKind.Number => "numbers",
        JsonValueKind.String => "strings",
        JsonValueKind.True or JsonValueKind.False => "booleans",
        _ => "nulls",
    };

    static string FirstSentence(string message)
    {
        int end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).Trim();
    }
}
