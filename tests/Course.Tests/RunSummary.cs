using System.Text.Json;

namespace Course.Tests;

/// <summary>The runner's summary.json: one entry per notebook (name, status, cell and check counts, elapsed times).</summary>
public sealed class RunSummary
{
    RunSummary(JsonElement root, IReadOnlyList<NotebookSummary> notebooks)
    {
        Root = root;
        Notebooks = notebooks;
    }

    /// <summary>The whole document, for fields this view does not name.</summary>
    public JsonElement Root { get; }

    public IReadOnlyList<NotebookSummary> Notebooks { get; }

    public NotebookSummary this[string name] =>
        Notebooks.FirstOrDefault(notebook => notebook.Name == name || Path.GetFileNameWithoutExtension(notebook.Name) == Path.GetFileNameWithoutExtension(name))
        ?? throw new KeyNotFoundException($"summary.json has no notebook '{name}' (has: {string.Join(", ", Notebooks.Select(notebook => notebook.Name))}).");

    /// <summary>Reads summary.json: either an array of notebooks or an object with a "notebooks" array.</summary>
    public static RunSummary Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The runner wrote no summary: {path} is missing.", path);
        var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        var list = root.ValueKind == JsonValueKind.Array
            ? root
            : JsonFields.Find(root, "notebooks") ?? throw new InvalidDataException($"{path}: no \"notebooks\" array.");
        return new RunSummary(root, list.EnumerateArray().Select(notebook => new NotebookSummary(notebook)).ToArray());
    }
}

/// <summary>One notebook's entry of summary.json.</summary>
public sealed class NotebookSummary(JsonElement json)
{
    public JsonElement Json { get; } = json;

    public string Name => JsonFields.Find(Json, "name")?.GetString() ?? "";

    public string Status => JsonFields.Find(Json, "status")?.ToString() ?? "";

    /// <summary>"passed" status (or a true "passed" flag).</summary>
    public bool Passed =>
        JsonFields.Find(Json, "passed") is { ValueKind: JsonValueKind.True or JsonValueKind.False } flag
            ? flag.GetBoolean()
            : Status.Equals("passed", StringComparison.OrdinalIgnoreCase);

    /// <summary>A numeric field by name (camelCase, PascalCase or snake_case alike), e.g. "cellsFailed", "elapsedMs".</summary>
    public double Number(string field) =>
        JsonFields.Find(Json, field) is { ValueKind: JsonValueKind.Number } number
            ? number.GetDouble()
            : throw new KeyNotFoundException($"summary.json entry '{Name}' has no number '{field}': {Json}");

    public override string ToString() => Json.ToString();
}

/// <summary>Looks fields up ignoring case and separators, so the tests do not pin the runner's naming style.</summary>
static class JsonFields
{
    public static JsonElement? Find(JsonElement obj, string field)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            return null;
        var wanted = Normalize(field);
        foreach (var property in obj.EnumerateObject())
        {
            if (Normalize(property.Name) == wanted)
                return property.Value;
        }
        return null;
    }

    static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
}
