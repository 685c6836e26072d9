using System.Text;
using CourseSite.Notebooks;

namespace CourseSite.Rendering;

/// <summary>A notebook rendered to the body of its page, with the index's title and summary.</summary>
public sealed record RenderedLesson(string Title, string Summary, string BodyHtml, int ChartCount, IReadOnlyList<string> PlotlyLibraries);

/// <summary>Renders every cell of an executed notebook in order: markdown as prose, code highlighted with its outputs below.</summary>
public static class LessonRenderer
{
    /// <summary>Cell tags from the course's exercise convention, shown as badges.</summary>
    static readonly string[] BadgeTags = ["exercise", "check"];

    /// <summary>Renders <paramref name="notebook"/>; links to any of <paramref name="siteNotebooks"/> (file names) point at their pages.</summary>
    public static RenderedLesson Render(ExecutedNotebook notebook, string fallbackTitle, IReadOnlySet<string>? siteNotebooks = null)
    {
        var markdownCells = notebook.Cells.Where(cell => cell.CellType == "markdown").ToArray();
        var title = markdownCells.Length > 0 ? MarkdownRenderer.FirstHeading(markdownCells[0].Source) : null;
        var summary = markdownCells.Select(cell => MarkdownRenderer.FirstParagraph(cell.Source)).FirstOrDefault(text => text is not null);

        var body = new StringBuilder();
        var charts = 0;
        var libraries = new List<string>();
        foreach (var cell in notebook.Cells)
        {
            switch (cell.CellType)
            {
                case "markdown":
                    body.Append("<section class=\"cell markdown\" id=\"").Append(Anchor(cell)).Append("\">\n")
                        .Append(MarkdownRenderer.ToHtml(cell.Source, siteNotebooks)).Append("</section>\n");
                    break;
                case "code":
                    var outputs = OutputRenderer.Render(cell.Outputs);
                    charts += outputs.ChartCount;
                    libraries.AddRange(outputs.PlotlyLibraries);
                    AppendCode(body, cell, outputs);
                    break;
            }
        }
        return new RenderedLesson(title ?? fallbackTitle, summary ?? "", body.ToString(), charts, libraries);
    }

    static void AppendCode(StringBuilder body, NotebookCell cell, RenderedOutputs outputs)
    {
        var badges = BadgeTags.Where(cell.HasTag).ToArray();
        body.Append("<section class=\"cell code");
        foreach (var badge in badges)
            body.Append(' ').Append(badge);
        body.Append("\" id=\"").Append(Anchor(cell)).Append("\">\n");
        if (badges.Length > 0)
        {
            body.Append("<div class=\"badges\">");
            foreach (var badge in badges)
                body.Append("<span class=\"badge badge-").Append(badge).Append("\">").Append(badge).Append("</span>");
            body.Append("</div>\n");
        }
        body.Append("<div class=\"input\"><span class=\"prompt\">[")
            .Append(cell.ExecutionCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? " ")
            .Append("]</span><pre class=\"code\"><code class=\"language-csharp\">")
            .Append(CSharpHighlighter.ToHtml(cell.Source.TrimEnd()))
            .Append("</code></pre></div>\n");
        if (outputs.Html.Length > 0)
            body.Append("<div class=\"outputs\">\n").Append(outputs.Html).Append("</div>\n");
        body.Append("</section>\n");
    }

    /// <summary>The nbformat cell id when it has one (stable across runs, e.g. <c>ex-overlap</c>), else its position.</summary>
    static string Anchor(NotebookCell cell) =>
        "cell-" + HtmlText.Encode(cell.Id is { Length: > 0 } id ? id : cell.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
