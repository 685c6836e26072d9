using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Course.Tests.Workshop;

/// <summary>The course's devcontainer.json schema (devcontainer.schema.json beside this file; its description says where it comes from), run by NJsonSchema.</summary>
internal static class DevcontainerSchema
{
    public const string SchemaPath = "tests/Course.Tests/Workshop/devcontainer.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(WorkshopFiles.PathOf(SchemaPath))).GetAwaiter().GetResult());

    /// <summary>Validation errors as "Kind at path" lines, nested ones (inside oneOf) included; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(JsonNode document) =>
        Flatten(Schema.Value.Validate(document.ToJsonString())).ToArray();

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Kind} at {error.Path}";
            if (error is ChildSchemaValidationError child)
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                    yield return nested;
        }
    }
}
