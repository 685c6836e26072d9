namespace TaskTimeline;

/// <summary>Shows a <see cref="CheckResult"/> as its one line (instead of a table of properties) when a cell ends with it.</summary>
internal sealed class CheckResultFormatterSource
{
    /// <summary>text/html: the line, green or red.</summary>
    internal static readonly MimeFormatter Html = new("text/html", instance => (instance as CheckResult)?.ToHtml());

    /// <summary>text/plain: the line.</summary>
    internal static readonly MimeFormatter PlainText = new("text/plain", instance => (instance as CheckResult)?.ToString());

    /// <summary>Called by the kernel (by name).</summary>
    public IEnumerable<object> CreateTypeFormatters() => [Html, PlainText];
}
