using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TaskTimeline.Charts.Rendering;

/// <summary>
/// HTML around a Plotly figure: a uniquely named div and a script that draws it once plotly.js is on the page. plotly.js
/// travels as an inert <see cref="Library"/> block; at render time a chart that finds no <c>window.Plotly</c> runs the
/// first such block on the page, so charts draw whichever output renders first and however cells were re-run.
/// </summary>
internal static class ChartHtml
{
    /// <summary>Marks the plotly.js block so a site builder can swap it for one shared file.</summary>
    public const string LibraryAttribute = "data-plotly-library";

    private static readonly Lazy<string> LibraryBlock = new(() =>
        "<script type=\"text/plain\" " + LibraryAttribute + ">" + ScriptSafe(PlotlyBridge.PlotlyJs) + "</script>\n");

    /// <summary>plotly.js as a block that does not run by itself (about 3.6 MB): charts run it when the page has no Plotly yet.</summary>
    public static string Library => LibraryBlock.Value;

    /// <summary>A chart: the div, then a script that waits for plotly.js (running the page's <see cref="Library"/> block
    /// when <c>window.Plotly</c> is missing) and draws. AMD's <c>define</c> is hidden meanwhile so that under require.js
    /// (classic Jupyter) plotly.js still sets <c>window.Plotly</c>.</summary>
    public static string Fragment(string figureJson, int heightPx)
    {
        var id = "task-timeline-" + Guid.NewGuid().ToString("N");
        var html = new StringBuilder();
        html.Append("<div class=\"task-timeline-chart\" id=\"").Append(id).Append("\" style=\"width:100%;min-width:520px;height:")
            .Append(heightPx.ToString(CultureInfo.InvariantCulture)).Append("px\"></div>\n");
        html.Append("<script>(function () {\n")
            .Append("  var id = \"").Append(id).Append("\", started = Date.now();\n")
            .Append("  var figure = ").Append(ScriptSafe(figureJson)).Append(";\n")
            .Append("  function loadPlotly() {\n")
            // A block still being parsed has no next sibling yet (its chart div follows it): running half of it would fail.
            .Append("    var blocks = document.querySelectorAll(\"script[").Append(LibraryAttribute).Append("]:not([data-plotly-ran])\"), block = null;\n")
            .Append("    for (var i = 0; i < blocks.length && !block; i++) if (blocks[i].nextElementSibling) block = blocks[i];\n")
            .Append("    if (!block) return;\n")
            .Append("    block.setAttribute(\"data-plotly-ran\", \"\");\n")
            .Append("    var define = window.define;\n")
            .Append("    try { window.define = undefined; } catch (e) { }\n")
            .Append("    var script = document.createElement(\"script\");\n")
            .Append("    script.text = block.text;\n")
            .Append("    (document.head || document.body).appendChild(script);\n")
            .Append("    try { if (define !== undefined) window.define = define; } catch (e) { }\n")
            .Append("  }\n")
            .Append("  function draw() {\n")
            .Append("    var target = document.getElementById(id);\n")
            .Append("    if (!window.Plotly) loadPlotly();\n")
            .Append("    if (window.Plotly && target) { window.Plotly.newPlot(target, figure.data, figure.layout, { responsive: true, displaylogo: false }); return; }\n")
            .Append("    if (Date.now() - started < 20000) { setTimeout(draw, 50); return; }\n")
            .Append("    if (target) target.textContent = \"plotly.js is not on this page: run the notebook's first cell again, then this cell.\";\n")
            .Append("  }\n")
            .Append("  draw();\n")
            .Append("})();</script>\n");
        return html.ToString();
    }

    /// <summary>A whole page around <paramref name="body"/>.</summary>
    public static string Document(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + EscapeText(StripTags(title)) + "</title>\n" +
        "<style>body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 16px; }</style>\n</head>\n<body>\n" +
        body + "</body>\n</html>\n";

    // Inside <script>, "</script" would end the element early; "<\/" means the same to JavaScript and JSON.
    private static string ScriptSafe(string code) => code.Replace("</", "<\\/", StringComparison.Ordinal);

    private static string StripTags(string text) => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(text, "<br>", " · ")), "<[^>]+>", "");

    private static string EscapeText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
