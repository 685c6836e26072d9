using AngleSharp.Dom;
using CourseSite.Notebooks;

namespace CourseSite.Tests;

public sealed class SiteWriterTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public void Given_two_executed_notebooks_When_written_Then_the_site_has_an_index_a_page_each_a_stylesheet_and_plotly_once()
    {
        Assert.Equal(Path.Combine(site.SiteFolder, "index.html"), site.IndexPath);
        Assert.Equal(
            ["01-first-steps.html", "02-charts.html", "index.html", "plotly.min.js", "site.css"],
            Directory.EnumerateFiles(site.SiteFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(PlotlyJs.Source.Value, site.Read("plotly.min.js"));
    }

    [Fact]
    public void Given_the_index_Then_it_lists_lessons_in_file_order_with_title_summary_and_result()
    {
        var index = site.Page("index.html");

        var rows = index.QuerySelectorAll("table.lessons tbody tr.lesson");
        Assert.Equal(["1", "2"], rows.Select(row => row.QuerySelector("td.number")!.TextContent));
        Assert.Equal(["01-first-steps.html", "02-charts.html"], rows.Select(row => row.QuerySelector("a.lesson-title")!.GetAttribute("href")));
        Assert.Equal(["First steps: await vs blocking", "Charts: two cups at once"], rows.Select(row => row.QuerySelector("a.lesson-title")!.TextContent));
        Assert.Equal(
            ["A coroutine-style method pauses at await and lets other work run; Thread.Sleep blocks the thread.", "Two lanes overlap when both await at the same time."],
            rows.Select(row => row.QuerySelector(".lesson-summary")!.TextContent));
        // The first fixture ends in an exception: a lesson with an error output did not pass.
        Assert.Equal(["failed", "passed"], rows.Select(row => Status(row.QuerySelector(".status")!)));
        Assert.Equal("Async C#, one timeline at a time", index.QuerySelector("main h1")!.TextContent);
        Assert.Equal("2 lessons, 1 failed.", index.QuerySelector(".run-summary")!.TextContent);
    }

    [Fact]
    public void Given_the_lesson_pages_Then_previous_and_next_link_neighbours_and_the_index()
    {
        var first = site.Page("01-first-steps.html");
        var second = site.Page("02-charts.html");

        foreach (var page in new[] { first, second })
        {
            Assert.Equal(2, page.QuerySelectorAll("nav.pager").Length);
            Assert.All(page.QuerySelectorAll("nav.pager a.up"), up => Assert.Equal("index.html", up.GetAttribute("href")));
        }
        Assert.Empty(first.QuerySelectorAll("nav.pager a.prev"));
        Assert.Equal(("02-charts.html", "Charts: two cups at once →"), Link(first.QuerySelector("nav.pager a.next[rel=next]")!));
        Assert.Equal(("01-first-steps.html", "← First steps: await vs blocking"), Link(second.QuerySelector("nav.pager a.prev[rel=prev]")!));
        Assert.Empty(second.QuerySelectorAll("nav.pager a.next"));
        Assert.Equal("Charts: two cups at once · Async C#, one timeline at a time", second.Title);
        Assert.Equal("Lesson 2 of 2", second.QuerySelector(".lesson-meta span")!.TextContent);
    }

    [Fact]
    public void Given_chart_outputs_carrying_plotly_inline_Then_pages_load_the_shared_copy_and_keep_no_inline_library()
    {
        var charts = site.Page("02-charts.html");

        Assert.Equal(["plotly.min.js"], charts.Head!.QuerySelectorAll("script").Select(script => script.GetAttribute("src")));
        Assert.Empty(charts.QuerySelectorAll("script[data-plotly-library]"));
        Assert.DoesNotContain(PlotlyJs.Source.Value[..200], site.Read("02-charts.html"));
        var outputs = charts.QuerySelectorAll(".output.html.plotly-output");
        Assert.Equal(["1", "1"], outputs.Select(output => output.GetAttribute("data-plotly-charts")));
        Assert.Equal(["chart-sequential", "chart-whenall"], outputs.Select(output => output.QuerySelector(".task-timeline-chart")!.Id));

        Assert.Empty(site.Page("01-first-steps.html").QuerySelectorAll("script"));
        Assert.Empty(site.Page("index.html").QuerySelectorAll("script"));
    }

    [Fact]
    public void Given_markdown_cells_Then_tables_headings_and_csharp_fences_render()
    {
        var page = site.Page("01-first-steps.html");

        var heading = page.QuerySelector("section.cell.markdown h1")!;
        Assert.Equal(("first-steps-await-vs-blocking", "First steps: await vs blocking"), (heading.Id, heading.TextContent));
        Assert.Equal("await", heading.QuerySelector("code")!.TextContent);
        var table = page.QuerySelector("section.cell.markdown table")!;
        Assert.Contains("Python", table.QuerySelectorAll("th").Select(cell => cell.TextContent));
        Assert.Contains("asyncio.sleep", table.QuerySelectorAll("td > code").Select(code => code.TextContent));
        var fence = page.QuerySelector("section.cell.markdown pre.code code.language-csharp")!;
        Assert.Equal("await Task.Delay(2000); // non-blocking", fence.TextContent);
        Assert.Equal(
            [("keyword", "await"), ("identifier", "Task"), ("method", "Delay"), ("number", "2000"), ("comment", "// non-blocking")],
            Tokens(fence));
    }

    [Fact]
    public void Given_a_markdown_link_to_a_notebook_on_the_site_Then_it_points_at_that_page_and_other_links_stay()
    {
        var links = site.Page("02-charts.html").QuerySelectorAll("section.cell.markdown a").Select(Link).ToArray();

        Assert.Contains(("01-first-steps.html#when-a-task-fails", "the first lesson"), links);
        Assert.Contains(("https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/", "C# docs"), links);
        Assert.Equal("when-a-task-fails", site.Page("01-first-steps.html").QuerySelector("h2")!.Id);
    }

    [Fact]
    public void Given_code_cells_Then_source_is_highlighted_and_stdout_writes_merge_into_one_block_followed_by_the_result()
    {
        var brew = site.Page("01-first-steps.html").QuerySelector("section#cell-brew")!;

        Assert.Equal("[2]", brew.QuerySelector(".input .prompt")!.TextContent);
        var code = brew.QuerySelector(".input pre.code code.language-csharp")!;
        Assert.StartsWith("/* brew two cups */\nasync Task Brew(string name)", code.TextContent);
        Assert.Equal([("comment", "/* brew two cups */"), ("keyword", "async"), ("type", "Task"), ("method", "Brew")], Tokens(code).Take(4));
        var outputs = brew.QuerySelectorAll(".outputs > .output");
        Assert.Equal(
            [("output stream stdout", "Brewing chai...\nchai is ready.\n"), ("output text", "2.5")],
            outputs.Select(output => (output.ClassName, output.TextContent)));

        var setup = site.Page("01-first-steps.html").QuerySelector("section#cell-setup code")!;
        Assert.Contains(("string", "\"../artifacts/helpers/TaskTimeline.dll\""), Tokens(setup));
    }

    [Fact]
    public void Given_an_html_output_Then_it_is_inserted_as_markup_in_preference_to_text()
    {
        var output = site.Page("01-first-steps.html").QuerySelector("section#cell-table .outputs > .output")!;

        Assert.Equal("output html", output.ClassName);
        Assert.Equal(["Lane", "Ms"], output.QuerySelectorAll("table.fixture-table th").Select(cell => cell.TextContent));
        Assert.DoesNotContain("{ Lane = chai, Ms = 2000 }", output.TextContent);
    }

    [Fact]
    public void Given_an_error_output_Then_it_is_styled_escaped_and_free_of_terminal_colour_codes()
    {
        var error = site.Page("01-first-steps.html").QuerySelector("section#cell-oops .output.error")!;

        Assert.Equal("System.InvalidOperationException: kettle <empty>", error.QuerySelector(".error-title")!.TextContent);
        Assert.Equal("   at Submission#4.<<Initialize>>d__0.MoveNext()", error.QuerySelector("pre.error-trace")!.TextContent);
        Assert.Empty(error.QuerySelectorAll("empty"));
        Assert.DoesNotContain('\u001b', site.Read("01-first-steps.html"));
    }

    [Fact]
    public void Given_exercise_check_and_stderr_cells_Then_they_are_marked()
    {
        var page = site.Page("02-charts.html");

        var exercise = page.QuerySelector("section#cell-ex-overlap")!;
        Assert.Equal(["cell", "code", "exercise"], exercise.ClassList);
        Assert.Equal(["exercise"], exercise.QuerySelectorAll(".badges .badge").Select(badge => badge.TextContent));
        var check = page.QuerySelector("section#cell-check-overlap")!;
        Assert.Equal(["cell", "code", "check"], check.ClassList);
        Assert.Equal("❌ chai and coffee never overlap: start them both before awaiting.\n", check.QuerySelector("pre.output.stream.stdout")!.TextContent);
        Assert.Equal("careful\n", page.QuerySelector("section#cell-warn pre.output.stream.stderr")!.TextContent);
    }

    [Fact]
    public void Given_a_folder_with_an_older_site_When_written_again_Then_pages_of_removed_lessons_are_gone()
    {
        var folder = Path.Combine(site.Folder, "rewrite");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "00-renamed-lesson.html"), "old");
        File.WriteAllText(Path.Combine(folder, "plotly.min.js"), "old");

        SiteWriter.Write(folder, [site.Notebooks[0]]);

        Assert.Equal(["01-first-steps.html", "index.html", "site.css"], Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_missing_executed_notebook_When_written_Then_the_error_names_it_and_nothing_is_written()
    {
        var missing = Path.Combine(site.Folder, "nowhere", "03-missing.ipynb");
        var output = Path.Combine(site.Folder, "missing");

        var error = Assert.Throws<NotebookFormatException>(() => SiteWriter.Write(output, [site.Notebooks[0], missing]));

        Assert.Equal($"{missing}: executed notebook not found", error.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Given_two_notebooks_with_the_same_name_When_written_Then_the_error_names_both()
    {
        var elsewhere = Path.Combine(site.Folder, "elsewhere", Path.GetFileName(site.Notebooks[1]));

        var error = Assert.Throws<ArgumentException>(() => SiteWriter.Write(Path.Combine(site.Folder, "twice"), [site.Notebooks[1], elsewhere]));

        Assert.StartsWith($"Two notebooks would both become the page '02-charts.html': {site.Notebooks[1]}, {elsewhere}.", error.Message);
    }

    static string Status(IElement status) =>
        status.ClassList.Contains("passed") ? "passed" : status.ClassList.Contains("failed") ? "failed" : status.ClassName ?? "";

    static (string?, string) Link(IElement anchor) => (anchor.GetAttribute("href"), anchor.TextContent);

    /// <summary>Highlighted tokens as (kind, text): the span classes are tok-kind.</summary>
    static IEnumerable<(string Kind, string Text)> Tokens(IElement code) =>
        code.QuerySelectorAll("span[class^=tok-]").Select(span => (span.ClassName!["tok-".Length..], span.TextContent)).ToArray();
}
