using System.Reflection;

namespace NotebookRunner.Formatting;

/// <summary>A formatter object found by convention: its MIME type and its Format(object, TextWriter) method.</summary>
sealed class ConventionTypeFormatter(object formatter, string mimeType, MethodInfo format)
{
    public string MimeType { get; } = mimeType;

    public static ConventionTypeFormatter From(object formatter)
    {
        Type type = formatter.GetType();
        const BindingFlags members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        string mimeType = type.GetProperty("MimeType", members)?.GetValue(formatter) as string
            ?? throw new InvalidOperationException($"formatter {type} has no string MimeType");
        MethodInfo format = type.GetMethod("Format", members, [typeof(object), typeof(TextWriter)])
            ?? throw new InvalidOperationException($"formatter {type} has no bool Format(object, TextWriter)");
        return new ConventionTypeFormatter(formatter, mimeType, format);
    }

    public bool TryFormat(object value, out string text)
    {
        using var writer = new StringWriter();
        bool formatted = ConventionFormatter.Invoke(format, formatter, [value, writer]) is true;
        text = writer.ToString();
        return formatted;
    }
}
