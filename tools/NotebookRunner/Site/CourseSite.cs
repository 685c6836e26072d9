using NotebookRunner.Notebooks;
using NotebookRunner.Site.Rendering;

namespace NotebookRunner.Site;

/// <summary>Writes executed notebooks as a static, offline course site (index + one page per notebook).</summary>
public static class CourseSite
{
    public const string DefaultCourseTitle = "Async C#, one timeline at a time";

    /// <summary>
    /// Writes the site into <paramref name="outputDir"/> (index.html, one page per notebook in source-file-name order, site.css,
    /// and plotly.min.js when a notebook drew charts) and returns the index page's path. Pages and assets of a previous site
    /// in that folder are replaced.
    /// </summary>
    public static string Write(string outputDir, IReadOnlyList<SitePage> pages, string courseTitle = DefaultCourseTitle)
    {
        var ordered = pages.OrderBy(page => Path.GetFileName(page.SourcePath), StringComparer.Ordinal).ToArray();
        var duplicate = ordered.GroupBy(page => SiteFiles.PageFor(page.SourcePath), StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two notebooks would both become the page '{duplicate.Key}': {string.Join(", ", duplicate.Select(page => page.SourcePath))}.", nameof(pages));

        var notebookNames = ordered.Select(page => Path.GetFileName(page.SourcePath)).ToHashSet(StringComparer.Ordinal);
        var lessons = ordered.Select(page => (Page: page, Lesson: LessonRenderer.Render(Read(page), Path.GetFileNameWithoutExtension(page.SourcePath), notebookNames))).ToArray();
        var plotly = lessons.SelectMany(lesson => lesson.Lesson.PlotlyLibraries).FirstOrDefault();

        Directory.CreateDirectory(outputDir);
        RemovePreviousSite(outputDir);
        File.WriteAllText(Path.Combine(outputDir, SiteFiles.Stylesheet), SiteStylesheet.Css);
        if (plotly is not null)
            File.WriteAllText(Path.Combine(outputDir, SiteFiles.PlotlyLibrary), plotly);

        for (var index = 0; index < lessons.Length; index++)
        {
            var (page, lesson) = lessons[index];
            var previous = index > 0 ? Link(lessons[index - 1]) : null;
            var next = index + 1 < lessons.Length ? Link(lessons[index + 1]) : null;
            var main = PageLayout.Pager(previous, next)
                + $"<div class=\"lesson-meta\"><span>Lesson {index + 1} of {lessons.Length}</span><span>Run in {PageLayout.Duration(page.Elapsed)}</span>{PageLayout.Status(page.Passed)}</div>\n"
                + lesson.BodyHtml
                + PageLayout.Pager(previous, next, bottom: true);
            var html = PageLayout.Render($"{lesson.Title} · {courseTitle}", courseTitle, main, loadsPlotly: lesson.ChartCount > 0 && plotly is not null);
            File.WriteAllText(Path.Combine(outputDir, SiteFiles.PageFor(page.SourcePath)), html);
        }

        var indexPath = Path.Combine(outputDir, SiteFiles.Index);
        var entries = lessons.Select(item => new IndexEntry(SiteFiles.PageFor(item.Page.SourcePath), item.Lesson.Title, item.Lesson.Summary, item.Page.Elapsed, item.Page.Passed)).ToArray();
        File.WriteAllText(indexPath, IndexPage.Render(courseTitle, entries));
        return indexPath;

        static PageLink Link((SitePage Page, RenderedLesson Lesson) item) => new(SiteFiles.PageFor(item.Page.SourcePath), item.Lesson.Title);
    }

    static NotebookDocument Read(SitePage page)
    {
        if (!File.Exists(page.ExecutedNotebookPath))
            throw new FileNotFoundException($"Executed notebook not found: {page.ExecutedNotebookPath} (from {page.SourcePath}).", page.ExecutedNotebookPath);
        try
        {
            return NotebookReader.Read(page.ExecutedNotebookPath);
        }
        catch (Exception error) when (error is NotebookFormatException or FormatException)
        {
            throw new InvalidDataException($"{page.ExecutedNotebookPath}: {error.Message}", error);
        }
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
