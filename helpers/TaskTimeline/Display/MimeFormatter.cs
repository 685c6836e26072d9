namespace TaskTimeline;

/// <summary>
/// One formatter in .NET Interactive's convention: the kernel (and the course's runner) reads <see cref="MimeType"/>
/// and calls <see cref="Format"/> by name, so no kernel package is referenced.
/// </summary>
/// <param name="mimeType">What <paramref name="render"/> writes, e.g. "text/html".</param>
/// <param name="render">The text for an instance, or null when the instance is not one this formatter handles.</param>
internal sealed class MimeFormatter(string mimeType, Func<object, string?> render)
{
    /// <summary>The mime type written.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>Writes <paramref name="instance"/>; false for types this formatter does not handle.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        var text = render(instance);
        if (text is null) return false;
        writer.Write(text);
        return true;
    }
}
