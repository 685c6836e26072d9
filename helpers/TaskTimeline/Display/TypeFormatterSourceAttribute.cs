namespace TaskTimeline;

/// <summary>
/// Names the formatter source of a type. The .NET Interactive kernel (and the course's runner) look this attribute up by
/// name, so the library needs no .NET Interactive package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>A type with a parameterless constructor and <c>IEnumerable&lt;object&gt; CreateTypeFormatters()</c>.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>Mime types in order of preference.</summary>
    public string[] PreferredMimeTypes { get; set; } = [];
}
