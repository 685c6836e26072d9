using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TaskTimeline.Charts.Rendering;

/// <summary>HTML around a Plotly figure: a uniquely named div, plotly.js when asked for, and a script that draws once Plotly exists.</summary>
internal static class ChartHtml
{
    /// <summary>Marks the inline plotly.js script so a site builder can swap it for one shared file.</summary>
    public const string LibraryAttribute = "data-plotly-library";

    private static readonly Lazy<string> Library = new(() => ScriptSafe(PlotlyBridge.PlotlyJs));

    /// <summary>A chart fragment. With <paramref name="includeLibrary"/>, plotly.js comes inline first, with AMD's <c>define</c>
    /// hidden meanwhile so that under require.js (classic Jupyter) it still sets <c>window.Plotly</c>.</summary>
    public static string Fragment(string figureJson, int heightPx, bool includeLibrary)
    {
        var id = "task-timeline-" + Guid.NewGuid().ToString("N");
        var html = new StringBuilder();
        html.Append("<div class=\"task-timeline-chart\" id=\"").Append(id).Append("\" style=\"width:100%;min-width:520px;height:")
            .Append(heightPx.ToString(CultureInfo.InvariantCulture)).Append("px\"></div>\n");
        if (includeLibrary)
        {
            html.Append("<script>window.__taskTimelineDefine = window.define; window.define = undefined;</script>\n");
            html.Append("<script ").Append(LibraryAttribute).Append('>').Append(Library.Value).Append("</script>\n");
            html.Append("<script>if (window.__taskTimelineDefine !== undefined) { window.define = window.__taskTimelineDefine; }</script>\n");
        }
        html.Append("<script>(function () {\n")
            .Append("  var id = \"").Append(id).Append("\", started = Date.now();\n")
            .Append("  var figure = ").Append(ScriptSafe(figureJson)).Append(";\n")
            .Append("  function draw() {\n")
            .Append("    var target = document.getElementById(id);\n")
            .Append("    if (window.Plotly && target) { window.Plotly.newPlot(target, figure.data, figure.layout, { responsive: true, displaylogo: false }); return; }\n")
            .Append("    if (Date.now() - started < 20000) { setTimeout(draw, 50); return; }\n")
            .Append("    if (target) target.textContent = \"plotly.js is not loaded on this page: run the first chart cell of the notebook again (or restart the kernel).\";\n")
            .Append("  }\n")
            .Append("  draw();\n")
            .Append("})();</script>\n");
        return html.ToString();
    }

    /// <summary>A whole page around a fragment.</summary>
    public static string Document(string title, string fragment) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + EscapeText(StripTags(title)) + "</title>\n" +
        "<style>body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 16px; }</style>\n</head>\n<body>\n" +
        fragment + "</body>\n</html>\n";

    // Inside <script>, "</script" would end the element early; "<\/" means the same to JavaScript and JSON.
    private static string ScriptSafe(string code) => code.Replace("</", "<\\/", StringComparison.Ordinal);

    private static string StripTags(string text) => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(text, "<br>", " · ")), "<[^>]+>", "");

    private static string EscapeText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
