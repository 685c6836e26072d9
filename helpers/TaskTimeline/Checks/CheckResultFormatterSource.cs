using System.Net;

namespace TaskTimeline;

/// <summary>Shows a <see cref="CheckResult"/> as its one line (instead of a table of properties) when a cell ends with it.</summary>
internal sealed class CheckResultFormatterSource
{
    /// <summary>text/html: the line, green or red.</summary>
    internal static readonly MimeFormatter Html = new("text/html", instance => instance is CheckResult result
        ? $"<div class=\"task-timeline-check\" style=\"font-family:monospace;color:{(result.Passed ? "#1a7f37" : "#cf222e")}\">{WebUtility.HtmlEncode(result.ToString())}</div>"
        : null);

    /// <summary>text/plain: the line.</summary>
    internal static readonly MimeFormatter PlainText = new("text/plain", instance => (instance as CheckResult)?.ToString());

    /// <summary>Called by the kernel (by name).</summary>
    public IEnumerable<object> CreateTypeFormatters() => [Html, PlainText];
}
