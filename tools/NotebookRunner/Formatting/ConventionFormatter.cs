using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp.Scripting.Hosting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace NotebookRunner.Formatting;

/// <summary>
/// Formats values the way the .NET Interactive kernel does without referencing it: a type that carries an attribute
/// named <c>TypeFormatterSourceAttribute</c> names a source whose <c>CreateTypeFormatters()</c> returns formatters
/// with <c>string MimeType</c> and <c>bool Format(object, TextWriter)</c>. Everything gets a text/plain form too.
/// </summary>
public static class ConventionFormatter
{
    const string AttributeName = "TypeFormatterSourceAttribute";
    static readonly ConcurrentDictionary<Type, IReadOnlyList<ConventionTypeFormatter>> cache = new();
    static readonly PrintOptions plainOptions = new() { MaximumOutputLength = 10_000, MemberDisplayFormat = MemberDisplayFormat.SingleLine };

    /// <summary>The value's representations by MIME type (text/html first when a formatter gives it).</summary>
    public static IReadOnlyDictionary<string, string> Format(object? value)
    {
        var data = new Dictionary<string, string>();
        if (value is not null)
        {
            foreach (var formatter in FormattersFor(value.GetType()))
            {
                if (!data.ContainsKey(formatter.MimeType) && formatter.TryFormat(value, out string text))
                    data[formatter.MimeType] = text;
            }
        }
        data.TryAdd("text/plain", PlainText(value));
        return data;
    }

    /// <summary>The text/plain form when no formatter gives one: strings as they are, ToString overrides, else C# notation.</summary>
    public static string PlainText(object? value) => value switch
    {
        null => "<null>",
        string text => text,
        IEnumerable and not IFormattable => CSharpObjectFormatter.Instance.FormatObject(value, plainOptions),
        _ when OverridesToString(value.GetType()) => value.ToString() ?? "",
        _ => CSharpObjectFormatter.Instance.FormatObject(value, plainOptions),
    };

    static bool OverridesToString(Type type) =>
        type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } declaring
        && declaring != typeof(object) && declaring != typeof(ValueType);

    static IReadOnlyList<ConventionTypeFormatter> FormattersFor(Type type) => cache.GetOrAdd(type, Discover);

    static IReadOnlyList<ConventionTypeFormatter> Discover(Type type)
    {
        for (Type? candidate = type; candidate is not null; candidate = candidate.BaseType)
        {
            var attribute = candidate.GetCustomAttributesData().FirstOrDefault(data => data.AttributeType.Name == AttributeName);
            if (attribute?.ConstructorArguments.FirstOrDefault().Value is Type sourceType)
                return CreateFormatters(sourceType, PreferredMimeTypes(attribute));
        }
        return [];
    }

    static string[] PreferredMimeTypes(CustomAttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(argument => argument.MemberName == "PreferredMimeTypes").TypedValue.Value
            is IReadOnlyCollection<CustomAttributeTypedArgument> mimeTypes
            ? mimeTypes.Select(mime => (string)mime.Value!).ToArray()
            : [];

    static IReadOnlyList<ConventionTypeFormatter> CreateFormatters(Type sourceType, string[] preferred)
    {
        object source = Activator.CreateInstance(sourceType, nonPublic: true)
            ?? throw new InvalidOperationException($"{sourceType} could not be created");
        MethodInfo create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{sourceType} has no CreateTypeFormatters() method");
        var formatters = ((IEnumerable)Invoke(create, source, [])!).Cast<object>().Select(ConventionTypeFormatter.From).ToList();
        return formatters
            .OrderBy(formatter => Array.IndexOf(preferred, formatter.MimeType) is var rank and >= 0 ? rank : preferred.Length)
            .ThenBy(formatter => formatter.MimeType == "text/plain" ? 1 : 0)
            .ToArray();
    }

    internal static object? Invoke(MethodInfo method, object target, object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error.InnerException);
            throw;
        }
    }
}
