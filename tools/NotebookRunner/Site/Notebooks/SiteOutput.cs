using System.Text.Json.Nodes;

namespace NotebookRunner.Site.Notebooks;

/// <summary>One output of a code cell, by nbformat <c>output_type</c>.</summary>
public abstract record SiteOutput
{
    internal static SiteOutput FromJson(JsonNode? node, string where)
    {
        if (node is not JsonObject json)
            throw new InvalidDataException($"{where} is not a JSON object");
        return json["output_type"]?.GetValue<string>() switch
        {
            "stream" => new SiteStreamOutput(json["name"]?.GetValue<string>() ?? "stdout", SiteNotebook.JoinText(json["text"])),
            "display_data" or "execute_result" => new SiteDataOutput(ReadData(json)),
            "error" => new SiteErrorOutput(
                json["ename"]?.GetValue<string>() ?? "Error",
                json["evalue"]?.GetValue<string>() ?? "",
                json["traceback"] is JsonArray lines ? lines.Select(line => line?.GetValue<string>() ?? "").ToArray() : []),
            var other => throw new InvalidDataException($"{where} has unknown output_type '{other}'"),
        };
    }

    static IReadOnlyDictionary<string, string> ReadData(JsonObject json) =>
        json["data"] is JsonObject data
            ? data.ToDictionary(pair => pair.Key, pair => SiteNotebook.JoinText(pair.Value), StringComparer.Ordinal)
            : new Dictionary<string, string>();
}

/// <summary>Text the cell wrote to stdout or stderr.</summary>
public sealed record SiteStreamOutput(string Name, string Text) : SiteOutput;

/// <summary>A displayed value or a cell's result: one representation per MIME type.</summary>
public sealed record SiteDataOutput(IReadOnlyDictionary<string, string> Data) : SiteOutput;

/// <summary>The exception a cell ended with.</summary>
public sealed record SiteErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : SiteOutput;
