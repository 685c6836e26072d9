using System.Net;

namespace TaskTimeline;

/// <summary>Shows a <see cref="CheckResult"/> as its one line (instead of a table of properties) when a cell ends with it.</summary>
internal sealed class CheckResultFormatterSource
{
    /// <summary>Called by the kernel (by name).</summary>
    public IEnumerable<object> CreateTypeFormatters() => [new CheckResultHtmlFormatter(), new CheckResultPlainTextFormatter()];
}

/// <summary>text/html: the line, green or red.</summary>
internal sealed class CheckResultHtmlFormatter
{
    /// <summary>The mime type written.</summary>
    public string MimeType => "text/html";

    /// <summary>Writes the check's line; false for other types.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not CheckResult result) return false;
        writer.Write($"<div class=\"task-timeline-check\" style=\"font-family:monospace;color:{(result.Passed ? "#1a7f37" : "#cf222e")}\">{WebUtility.HtmlEncode(result.ToString())}</div>");
        return true;
    }
}

/// <summary>text/plain: the line.</summary>
internal sealed class CheckResultPlainTextFormatter
{
    /// <summary>The mime type written.</summary>
    public string MimeType => "text/plain";

    /// <summary>Writes the check's line; false for other types.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not CheckResult result) return false;
        writer.Write(result.ToString());
        return true;
    }
}
