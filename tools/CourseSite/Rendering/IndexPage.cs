using System.Text;

namespace CourseSite.Rendering;

/// <summary>One row of the index: a lesson's page, title, summary and result.</summary>
public sealed record IndexEntry(string Href, string Title, string Summary, bool Passed);

/// <summary>The course's front page: every lesson in order with its one-line summary and pass/fail.</summary>
public static class IndexPage
{
    public static string Render(string courseTitle, IReadOnlyList<IndexEntry> lessons, IReadOnlyList<PageLink>? appendices = null)
    {
        var main = new StringBuilder();
        main.Append("<h1>").Append(Encode(courseTitle)).Append("</h1>\n");
        var failed = lessons.Count(lesson => !lesson.Passed);
        main.Append("<p class=\"run-summary\">")
            .Append(lessons.Count).Append(lessons.Count == 1 ? " lesson" : " lessons").Append(", ")
            .Append(failed == 0 ? "all passed" : $"{failed} failed").Append(".</p>\n");
        main.Append("<table class=\"lessons\">\n<thead><tr><th>#</th><th>Lesson</th><th>Result</th></tr></thead>\n<tbody>\n");
        for (var index = 0; index < lessons.Count; index++)
        {
            var lesson = lessons[index];
            main.Append("<tr class=\"lesson\"><td class=\"number\">").Append(index + 1).Append("</td>")
                .Append("<td><a class=\"lesson-title\" href=\"").Append(Encode(lesson.Href)).Append("\">").Append(Encode(lesson.Title)).Append("</a>");
            if (lesson.Summary.Length > 0)
                main.Append("<p class=\"lesson-summary\">").Append(Encode(lesson.Summary)).Append("</p>");
            main.Append("</td><td>").Append(PageLayout.Status(lesson.Passed)).Append("</td></tr>\n");
        }
        main.Append("</tbody>\n</table>\n");
        if (appendices is { Count: > 0 })
        {
            main.Append("<h2>Appendix</h2>\n<ul class=\"appendix\">\n");
            foreach (var page in appendices)
                main.Append("<li><a href=\"").Append(Encode(page.Href)).Append("\">").Append(Encode(page.Title)).Append("</a></li>\n");
            main.Append("</ul>\n");
        }
        return PageLayout.Render(courseTitle, courseTitle, main.ToString(), loadsPlotly: false);
    }

    static string Encode(string text) => HtmlText.Encode(text);
}
