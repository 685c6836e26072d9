using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.Infrastructure;

/// <summary>An executed notebook as written by the runner, read back for assertions.</summary>
public sealed class ExecutedNotebook(string path)
{
    public JsonObject Json { get; } = (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;

    public string Path { get; } = path;

    /// <summary>The cell by 1-based number.</summary>
    public JsonObject Cell(int number) => (JsonObject)((JsonArray)Json["cells"]!)[number - 1]!;

    public JsonArray Outputs(int number) => (JsonArray)Cell(number)["outputs"]!;

    public int? ExecutionCount(int number) => Cell(number)["execution_count"]?.GetValue<int>();

    /// <summary>Each output rendered as one short line, e.g. "stdout: hello\n" or "result text/plain: 49".</summary>
    public string[] Describe(int number) => Outputs(number).Select(output => Describe((JsonObject)output!)).ToArray();

    static string Describe(JsonObject output) => output["output_type"]!.GetValue<string>() switch
    {
        "stream" => $"{output["name"]}: {Text(output["text"])}",
        "display_data" => "display " + Data(output),
        "execute_result" => "result " + Data(output),
        "error" => $"error {output["ename"]}: {output["evalue"]}",
        var other => other,
    };

    /// <summary>
    /// text/plain when the kernel wrote one; else what the kernel's HTML shows first (its plain-text <c>pre</c> or the
    /// <c>code</c> summary of an object tree), marked "html".
    /// </summary>
    static string Data(JsonObject output)
    {
        var data = (JsonObject)output["data"]!;
        if (data["text/plain"] is { } plain)
            return $"text/plain: {Text(plain)}";
        string html = Text(data["text/html"]);
        var shown = System.Text.RegularExpressions.Regex.Match(html, "<(pre|code)>(.*?)</(pre|code)>", System.Text.RegularExpressions.RegexOptions.Singleline);
        return shown.Success ? $"html: {System.Net.WebUtility.HtmlDecode(shown.Groups[2].Value)}" : $"html: {html}";
    }

    public static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line!.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };
}
