using System.Text;
using CourseSite.Notebooks;

namespace CourseSite.Rendering;

/// <summary>A code cell's outputs as HTML, plus what the page needs to know about them (charts, plotly.js copies).</summary>
public sealed record RenderedOutputs(string Html, int ChartCount, IReadOnlyList<string> PlotlyLibraries);

/// <summary>
/// Renders cell outputs: streams and text/plain in <c>&lt;pre&gt;</c>, text/html as-is (minus inline plotly.js),
/// images inline, errors styled.
/// </summary>
public static class OutputRenderer
{
    /// <summary>Richest first, as Jupyter front ends choose.</summary>
    static readonly string[] MimePreference =
        ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"];

    public static RenderedOutputs Render(IReadOnlyList<CellOutput> outputs)
    {
        var html = new StringBuilder();
        var charts = 0;
        var libraries = new List<string>();
        foreach (var output in MergeStreams(outputs))
        {
            switch (output)
            {
                case StreamOutput stream:
                    html.Append("<pre class=\"output stream ").Append(stream.Name == "stderr" ? "stderr" : "stdout").Append("\">")
                        .Append(Encode(AnsiText.Strip(stream.Text))).Append("</pre>\n");
                    break;
                case ErrorOutput error:
                    AppendError(html, error);
                    break;
                case DataOutput data:
                    charts += AppendData(html, data, libraries);
                    break;
            }
        }
        return new RenderedOutputs(html.ToString(), charts, libraries);
    }

    /// <summary>A cell that prints line by line produces one stream output per write; readers want one block.</summary>
    static IEnumerable<CellOutput> MergeStreams(IReadOnlyList<CellOutput> outputs)
    {
        StreamOutput? pending = null;
        foreach (var output in outputs)
        {
            if (output is StreamOutput stream)
            {
                if (pending is not null && pending.Name == stream.Name)
                {
                    pending = pending with { Text = pending.Text + stream.Text };
                    continue;
                }
                if (pending is not null)
                    yield return pending;
                pending = stream;
                continue;
            }
            if (pending is not null)
            {
                yield return pending;
                pending = null;
            }
            yield return output;
        }
        if (pending is not null)
            yield return pending;
    }

    static void AppendError(StringBuilder html, ErrorOutput error)
    {
        var heading = error.Value.Length > 0 ? $"{error.Name}: {error.Value}" : error.Name;
        html.Append("<div class=\"output error\"><div class=\"error-title\">").Append(Encode(AnsiText.Strip(heading))).Append("</div>");
        var traceback = AnsiText.Strip(string.Join('\n', error.Traceback)).Trim('\n');
        // Kernels usually repeat "Name: value" as the traceback's first line; the title already says it.
        if (traceback.StartsWith(heading + "\n", StringComparison.Ordinal))
            traceback = traceback[(heading.Length + 1)..];
        if (traceback.Length > 0 && traceback != heading)
            html.Append("<pre class=\"error-trace\">").Append(Encode(traceback)).Append("</pre>");
        html.Append("</div>\n");
    }

    static int AppendData(StringBuilder html, DataOutput data, List<string> libraries)
    {
        var mime = MimePreference.FirstOrDefault(data.Data.ContainsKey);
        if (mime is null)
        {
            html.Append("<div class=\"output unsupported\">(output of type ").Append(Encode(string.Join(", ", data.Data.Keys)))
                .Append(" not shown)</div>\n");
            return 0;
        }
        var content = data.Data[mime];
        switch (mime)
        {
            case "text/html":
                var (stripped, found) = PlotlyScripts.StripLibrary(content);
                libraries.AddRange(found);
                var charts = PlotlyScripts.CountCharts(stripped);
                if (charts > 0)
                    html.Append("<div class=\"output html plotly-output\" data-plotly-charts=\"").Append(charts).Append("\">");
                else
                    html.Append("<div class=\"output html\">");
                html.Append(stripped).Append("</div>\n");
                return charts;
            case "image/svg+xml":
                html.Append("<div class=\"output image\">").Append(content).Append("</div>\n");
                return 0;
            case "image/png" or "image/jpeg":
                html.Append("<div class=\"output image\"><img alt=\"cell output\" src=\"data:").Append(mime).Append(";base64,")
                    .Append(content.Replace("\n", "")).Append("\"></div>\n");
                return 0;
            case "text/markdown":
                html.Append("<div class=\"output markdown\">").Append(MarkdownRenderer.ToHtml(content)).Append("</div>\n");
                return 0;
            default:
                html.Append("<pre class=\"output text\">").Append(Encode(AnsiText.Strip(content))).Append("</pre>\n");
                return 0;
        }
    }

    static string Encode(string text) => HtmlText.Encode(text);
}
