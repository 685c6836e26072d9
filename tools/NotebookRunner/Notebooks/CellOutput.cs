using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>One nbformat output of a code cell.</summary>
public abstract record CellOutput
{
    /// <summary>The nbformat JSON of this output; <paramref name="executionCount"/> goes into execute results.</summary>
    public abstract JsonObject ToJson(int? executionCount);

    /// <summary>Reads an nbformat output: one the worker wrote with <see cref="ToJson"/>, or one in an executed notebook.</summary>
    /// <exception cref="FormatException">The output has an unknown <c>output_type</c>.</exception>
    public static CellOutput FromJson(JsonObject json) => json["output_type"]?.GetValue<string>() switch
    {
        "stream" => new StreamOutput(json["name"]?.GetValue<string>() ?? "stdout", NotebookCell.JoinSource(json["text"])),
        "display_data" => new DisplayOutput(ReadData(json)),
        "execute_result" => new ExecuteResultOutput(ReadData(json)),
        "error" => new ErrorOutput(
            json["ename"]?.GetValue<string>() ?? "Error",
            json["evalue"]?.GetValue<string>() ?? "",
            json["traceback"] is JsonArray lines ? lines.Select(line => line?.GetValue<string>() ?? "").ToArray() : []),
        var other => throw new FormatException($"unknown output type '{other}'"),
    };

    static IReadOnlyDictionary<string, string> ReadData(JsonObject json) =>
        json["data"] is JsonObject data
            ? data.ToDictionary(pair => pair.Key, pair => NotebookCell.JoinSource(pair.Value), StringComparer.Ordinal)
            : new Dictionary<string, string>();

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

/// <summary>A value shown as rich data: one representation per MIME type.</summary>
public abstract record DataOutput(IReadOnlyDictionary<string, string> Data) : CellOutput;

/// <summary>A value shown with display(x).</summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data) : DataOutput(Data)
{
    public override JsonObject ToJson(int? executionCount) => new()
    {
        ["output_type"] = "display_data",
        ["data"] = DataJson(Data),
        ["metadata"] = new JsonObject(),
    };
}

/// <summary>The value of the cell's trailing expression.</summary>
public sealed record ExecuteResultOutput(IReadOnlyDictionary<string, string> Data) : DataOutput(Data)
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
