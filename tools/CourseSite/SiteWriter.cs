using CourseSite.Notebooks;
using CourseSite.Rendering;

namespace CourseSite;

/// <summary>Writes executed notebooks as a static, offline course site (index + one page per notebook).</summary>
public static class SiteWriter
{
    public const string DefaultCourseTitle = "Async C#, one timeline at a time";

    /// <summary>
    /// Writes the site into <paramref name="outputDir"/> (index.html, one page per notebook in file-name order, site.css,
    /// and plotly.min.js when a notebook drew charts) and returns the index page's path. Pages and assets of a previous site
    /// in that folder are replaced.
    /// </summary>
    /// <exception cref="NotebookFormatException">A notebook is missing or unreadable (nothing is written then).</exception>
    /// <exception cref="ArgumentException">Two notebooks have the same file name.</exception>
    /// <param name="appendices">Markdown pages (e.g. docs/python-tutorial.md) shown after the lessons; links to them from lessons lead to their pages.</param>
    public static string Write(string outputDir, IReadOnlyList<string> executedNotebooks, string courseTitle = DefaultCourseTitle, IReadOnlyList<string>? appendices = null)
    {
        appendices ??= [];
        foreach (var page in appendices)
            if (!File.Exists(page)) throw new NotebookFormatException($"{page}: appendix page not found");
        var ordered = executedNotebooks.OrderBy(Path.GetFileName, StringComparer.Ordinal).ToArray();
        var duplicate = ordered.GroupBy(SiteFiles.PageFor, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two notebooks would both become the page '{duplicate.Key}': {string.Join(", ", duplicate)}.", nameof(executedNotebooks));

        var notebookNames = ordered.Concat(appendices).Select(path => Path.GetFileName(path)).ToHashSet(StringComparer.Ordinal);
        var lessons = ordered.Select(ExecutedNotebook.Read)
            .Select(notebook => (Notebook: notebook, Lesson: LessonRenderer.Render(notebook, Path.GetFileNameWithoutExtension(notebook.Path), notebookNames)))
            .ToArray();
        var plotly = lessons.SelectMany(lesson => lesson.Lesson.PlotlyLibraries).FirstOrDefault();

        Directory.CreateDirectory(outputDir);
        RemovePreviousSite(outputDir);
        File.WriteAllText(Path.Combine(outputDir, SiteFiles.Stylesheet), SiteStylesheet.Css);
        if (plotly is not null)
            File.WriteAllText(Path.Combine(outputDir, SiteFiles.PlotlyLibrary), plotly);

        for (var index = 0; index < lessons.Length; index++)
        {
            var (notebook, lesson) = lessons[index];
            var previous = index > 0 ? Link(lessons[index - 1]) : null;
            var next = index + 1 < lessons.Length ? Link(lessons[index + 1]) : null;
            var main = PageLayout.Pager(previous, next)
                + $"<div class=\"lesson-meta\"><span>Lesson {index + 1} of {lessons.Length}</span>{PageLayout.Status(notebook.Passed)}</div>\n"
                + lesson.BodyHtml
                + PageLayout.Pager(previous, next, bottom: true);
            var html = PageLayout.Render($"{lesson.Title} · {courseTitle}", courseTitle, main, loadsPlotly: lesson.ChartCount > 0 && plotly is not null);
            File.WriteAllText(Path.Combine(outputDir, SiteFiles.PageFor(notebook.Path)), html);
        }

        var appendixLinks = new List<PageLink>();
        foreach (var page in appendices)
        {
            var markdown = File.ReadAllText(page);
            var pageTitle = MarkdownRenderer.FirstHeading(markdown) ?? Path.GetFileNameWithoutExtension(page);
            var href = SiteFiles.PageFor(page);
            File.WriteAllText(Path.Combine(outputDir, href), PageLayout.Render($"{pageTitle} · {courseTitle}", courseTitle,
                "<section class=\"markdown\">" + MarkdownRenderer.ToHtml(markdown, notebookNames) + "</section>\n", loadsPlotly: false));
            appendixLinks.Add(new PageLink(href, pageTitle));
        }

        var indexPath = Path.Combine(outputDir, SiteFiles.Index);
        var entries = lessons.Select(item => new IndexEntry(SiteFiles.PageFor(item.Notebook.Path), item.Lesson.Title, item.Lesson.Summary, item.Notebook.Passed)).ToArray();
        File.WriteAllText(indexPath, IndexPage.Render(courseTitle, entries, appendixLinks));
        return indexPath;

        static PageLink Link((ExecutedNotebook Notebook, RenderedLesson Lesson) item) => new(SiteFiles.PageFor(item.Notebook.Path), item.Lesson.Title);
    }

    /// <summary>A lesson renamed since the last run must not leave its old page behind.</summary>
    static void RemovePreviousSite(string outputDir)
    {
        foreach (var page in Directory.EnumerateFiles(outputDir, "*.html"))
            File.Delete(page);
        foreach (var asset in new[] { SiteFiles.Stylesheet, SiteFiles.PlotlyLibrary })
            File.Delete(Path.Combine(outputDir, asset));
    }
}
