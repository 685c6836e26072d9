using System.Text.RegularExpressions;

namespace CourseSite.Rendering;

/// <summary>Terminal colour codes (tracebacks, Spectre.Console output) mean nothing in a page; they are removed.</summary>
public static partial class AnsiText
{
    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]*(?:\x07|\x1B\\)|[@-Z\\-_])")]
    private static partial Regex EscapeSequence();

    public static string Strip(string text) => EscapeSequence().Replace(text, "");
}
