using System.Text.RegularExpressions;

namespace CourseSite.Rendering;

/// <summary>
/// The chart HTML the helper library emits carries plotly.js inline (a <c>&lt;script data-plotly-library&gt;</c> element in the
/// first chart of each notebook) so a notebook works on its own; the site strips those and loads one shared copy instead.
/// </summary>
public static partial class PlotlyScripts
{
    [GeneratedRegex(@"<script\b[^>]*\bdata-plotly-library\b[^>]*>(?<source>.*?)</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex LibraryElement();

    [GeneratedRegex(@"\bPlotly\s*\.\s*(?:newPlot|react)\s*\(")]
    private static partial Regex ChartCall();

    /// <summary>The HTML without any library element, and the library sources that were in it (in order).</summary>
    public static (string Html, IReadOnlyList<string> Libraries) StripLibrary(string html)
    {
        var libraries = new List<string>();
        var stripped = LibraryElement().Replace(html, match =>
        {
            libraries.Add(match.Groups["source"].Value);
            return "";
        });
        return (stripped, libraries);
    }

    /// <summary>How many charts the HTML draws (calls to <c>Plotly.newPlot</c> or <c>Plotly.react</c>).</summary>
    public static int CountCharts(string html) => ChartCall().Count(html);
}
