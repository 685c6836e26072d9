using AngleSharp.Html.Parser;
using CourseSite.Notebooks;

namespace CourseSite.Tests;

public sealed class AppendixPageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "site-appendix-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Given_a_lesson_linking_to_an_appendix_page_When_the_site_is_written_Then_the_page_exists_the_index_lists_it_and_the_link_leads_there()
    {
        var notebooks = FixtureSite.CopyFixtures(Path.Combine(_folder, "notebooks"));
        var lesson = notebooks[0];
        File.WriteAllText(lesson, File.ReadAllText(lesson).Replace("\"cells\": [", """
            "cells": [{"cell_type": "markdown", "id": "link", "metadata": {}, "source": ["See [the Python tutorial](../docs/python-tutorial.md#3-gather)."]},
            """, StringComparison.Ordinal));
        var appendix = Path.Combine(_folder, "python-tutorial.md");
        File.WriteAllText(appendix, "# Appendix · The Python tutorial\n\n## 3. Gather\n\n```python\nawait asyncio.gather(a(), b())\n```\n");

        var index = SiteWriter.Write(Path.Combine(_folder, "site"), notebooks, appendices: [appendix]);

        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(_folder, "site", "python-tutorial.html")));
        Assert.Equal("Appendix · The Python tutorial", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main pre code"));
        var front = parser.ParseDocument(File.ReadAllText(index));
        Assert.Equal(["python-tutorial.html"], front.QuerySelectorAll("ul.appendix a").Select(a => a.GetAttribute("href")));
        var lessonPage = parser.ParseDocument(File.ReadAllText(Path.Combine(_folder, "site", Path.GetFileNameWithoutExtension(lesson) + ".html")));
        Assert.Contains("python-tutorial.html#3-gather", lessonPage.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Given_an_appendix_that_does_not_exist_When_the_site_is_written_Then_it_fails_naming_the_file_and_writes_nothing()
    {
        var notebooks = FixtureSite.CopyFixtures(Path.Combine(_folder, "notebooks"));
        var missing = Path.Combine(_folder, "nowhere.md");

        var error = Assert.Throws<NotebookFormatException>(() => SiteWriter.Write(Path.Combine(_folder, "site"), notebooks, appendices: [missing]));

        Assert.Contains(missing, error.Message);
        Assert.False(Directory.Exists(Path.Combine(_folder, "site")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
