using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Course.Tests.Workshop;

/// <summary>Reads the workshop's configuration files from the repository, as the editors and GitHub read them.</summary>
internal static class WorkshopFiles
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static string Root { get; } = RepositoryLayout.Locate().Root;

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Reads JSON with comments (devcontainer.json and VS Code's files allow them); a parse error names the file.</summary>
    public static JsonObject ReadJsonc(string relativePath)
    {
        string text = File.ReadAllText(PathOf(relativePath));
        try
        {
            return JsonNode.Parse(text, documentOptions: Jsonc)?.AsObject() ?? throw new InvalidDataException($"{relativePath}: empty JSON.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{relativePath}: not valid JSON with comments: {ex.Message}", ex);
        }
    }

    public static YamlMappingNode ReadYaml(string relativePath)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(PathOf(relativePath));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    public static YamlNode Get(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : throw new KeyNotFoundException($"No '{key}' in {map.Start}.");

    public static YamlMappingNode Map(this YamlMappingNode map, string key) => (YamlMappingNode)map.Get(key);

    public static string Text(this YamlMappingNode map, string key) => ((YamlScalarNode)map.Get(key)).Value ?? "";

    /// <summary>Every step of every job, in file order.</summary>
    public static IEnumerable<YamlMappingNode> Steps(this YamlMappingNode workflow) =>
        workflow.Map("jobs").Children.Values.Cast<YamlMappingNode>()
            .Where(job => job.Children.ContainsKey(new YamlScalarNode("steps")))
            .SelectMany(job => ((YamlSequenceNode)job.Get("steps")).Children.Cast<YamlMappingNode>());

    public static bool Has(this YamlMappingNode map, string key) => map.Children.ContainsKey(new YamlScalarNode(key));
}
