using System.Net;

namespace TaskTimeline;

/// <summary>The outcome of one exercise check: solved or not, and why, with the measured numbers.</summary>
/// <param name="Name">What was checked, phrased as the goal (e.g. "the three brews overlap").</param>
/// <param name="Passed">Whether the goal was met.</param>
/// <param name="Detail">What the timeline showed.</param>
[TypeFormatterSource(typeof(CheckResultFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record CheckResult(string Name, bool Passed, string Detail)
{
    /// <summary>The line a check cell prints: <c>✅ name — detail</c> or <c>❌ Not solved yet: name — detail</c>.</summary>
    public override string ToString() => Passed ? $"✅ {Name} — {Detail}" : $"❌ Not solved yet: {Name} — {Detail}";

    /// <summary>
    /// The line in green or red, led by a bold PASS or NOT YET so it reads where no emoji font draws ✅/❌, and wrapping
    /// rather than running off the page; the kernel formatter shows it, and so do front ends that look for <c>ToHtml()</c> (Verso).
    /// </summary>
    public string ToHtml() =>
        $"<div class=\"task-timeline-check\" style=\"font-family:monospace;white-space:pre-wrap;overflow-wrap:anywhere;color:{(Passed ? "#1a7f37" : "#cf222e")}\">"
        + $"<strong>{(Passed ? "PASS" : "NOT YET")}</strong> {WebUtility.HtmlEncode(ToString())}</div>";
}
