using System.Reflection;

namespace TaskTimeline.Tests.Display;

/// <summary>Formats a value the way the .NET Interactive kernel does: attribute found by name, source and formatters by reflection.</summary>
internal static class FormatterConvention
{
    public static string? Format(object value, string mimeType)
    {
        var attribute = value.GetType().GetCustomAttributes(inherit: true).SingleOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        if (attribute is null) return null;
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        foreach (var formatter in formatters)
        {
            if ((string)formatter.GetType().GetProperty("MimeType")!.GetValue(formatter)! != mimeType) continue;
            using var writer = new StringWriter();
            var format = formatter.GetType().GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, [typeof(object), typeof(TextWriter)])!;
            return (bool)format.Invoke(formatter, [value, writer])! ? writer.ToString() : null;
        }
        return null;
    }

    public static string[] PreferredMimeTypes(Type type)
    {
        var attribute = type.GetCustomAttributes(inherit: true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        return (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!;
    }
}
