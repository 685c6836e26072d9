using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>One nbformat output of a code cell.</summary>
public abstract record CellOutput
{
    /// <summary>The nbformat JSON of this output; <paramref name="executionCount"/> goes into execute results.</summary>
    public abstract JsonObject ToJson(int? executionCount);

    /// <summary>Reads an output written by <see cref="ToJson"/> (the worker protocol carries outputs as nbformat JSON).</summary>
    public static CellOutput FromJson(JsonObject json) => json["output_type"]?.GetValue<string>() switch
    {
        "stream" => new StreamOutput(json["name"]!.GetValue<string>(), NotebookCell.JoinSource(json["text"])),
        "display_data" => new DisplayOutput(ReadData(json)),
        "execute_result" => new ExecuteResultOutput(ReadData(json)),
        "error" => new ErrorOutput(
            json["ename"]!.GetValue<string>(),
            json["evalue"]!.GetValue<string>(),
            ((JsonArray)json["traceback"]!).Select(line => line!.GetValue<string>()).ToArray()),
        var other => throw new FormatException($"unknown output type '{other}'"),
    };

    static IReadOnlyDictionary<string, string> ReadData(JsonObject json) =>
        ((JsonObject)json["data"]!).ToDictionary(pair => pair.Key, pair => NotebookCell.JoinSource(pair.Value));

    private protected static JsonObject DataJson(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mimeType, text) in data)
            json[mimeType] = mimeType.StartsWith("text/", StringComparison.Ordinal) ? NotebookWriter.ToLines(text) : text;
        return json;
    }
}

/// <summary>Text written to stdout or stderr.</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    public override JsonObject ToJson(int? executionCount) => new()
    {
        ["output_type"] = "stream",
        ["name"] = Name,
        ["text"] = NotebookWriter.ToLines(Text),
    };
}

/// <summary>A value shown with display(x): one representation per MIME type.</summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data) : CellOutput
{
    public override JsonObject ToJson(int? executionCount) => new()
    {
        ["output_type"] = "display_data",
        ["data"] = DataJson(Data),
        ["metadata"] = new JsonObject(),
    };
}

/// <summary>The value of the cell's trailing expression.</summary>
public sealed record ExecuteResultOutput(IReadOnlyDictionary<string, string> Data) : CellOutput
{
    public override JsonObject ToJson(int? executionCount) => new()
    {
        ["output_type"] = "execute_result",
        ["execution_count"] = executionCount,
        ["data"] = DataJson(Data),
        ["metadata"] = new JsonObject(),
    };
}

/// <summary>A compile error, exception, timeout or refused directive.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput
{
    public override JsonObject ToJson(int? executionCount) => new()
    {
        ["output_type"] = "error",
        ["ename"] = Name,
        ["evalue"] = Value,
        ["traceback"] = new JsonArray(Traceback.Select(line => (JsonNode?)line).ToArray()),
    };
}
