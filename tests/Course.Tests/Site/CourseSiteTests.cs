using System.Text.RegularExpressions;
using NotebookRunner.Site;

namespace Course.Tests.Site;

public sealed class CourseSiteTests(FixtureSite site) : IClassFixture<FixtureSite>
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
    public void Given_the_index_Then_it_lists_lessons_in_file_order_with_title_summary_run_time_and_result()
    {
        var index = site.Read("index.html");
        var rows = Regex.Matches(index, "<tr class=\"lesson\">(.*?)</tr>", RegexOptions.Singleline).Select(match => match.Groups[1].Value).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(
            "<td class=\"number\">1</td><td><a class=\"lesson-title\" href=\"01-first-steps.html\">First steps: await vs blocking</a>"
            + "<p class=\"lesson-summary\">A coroutine-style method pauses at await and lets other work run; Thread.Sleep blocks the thread.</p></td>"
            + "<td class=\"elapsed\">1.5 s</td><td><span class=\"status passed\">✔ passed</span></td>",
            rows[0]);
        Assert.Equal(
            "<td class=\"number\">2</td><td><a class=\"lesson-title\" href=\"02-charts.html\">Charts: two cups at once</a>"
            + "<p class=\"lesson-summary\">Two lanes overlap when both await at the same time.</p></td>"
            + "<td class=\"elapsed\">1 min 02 s</td><td><span class=\"status failed\">✘ failed</span></td>",
            rows[1]);
        Assert.Contains("<h1>Async C#, one timeline at a time</h1>", index);
        Assert.Contains("<p class=\"run-summary\">2 lessons, 1 failed, run in 1 min 04 s.</p>", index);
    }

    [Fact]
    public void Given_the_lesson_pages_Then_previous_and_next_link_neighbours_and_the_index()
    {
        var first = site.Read("01-first-steps.html");
        var second = site.Read("02-charts.html");
        Assert.Contains("<nav class=\"pager\"><span class=\"prev disabled\"></span><a class=\"up\" href=\"index.html\">All lessons</a>"
            + "<a class=\"next\" rel=\"next\" href=\"02-charts.html\">Charts: two cups at once →</a></nav>", first);
        Assert.Contains("<nav class=\"pager\"><a class=\"prev\" rel=\"prev\" href=\"01-first-steps.html\">← First steps: await vs blocking</a>"
            + "<a class=\"up\" href=\"index.html\">All lessons</a><span class=\"next disabled\"></span></nav>", second);
        Assert.Contains("<title>Charts: two cups at once · Async C#, one timeline at a time</title>", second);
    }

    [Fact]
    public void Given_chart_outputs_carrying_plotly_inline_Then_pages_load_the_shared_copy_and_keep_no_inline_library()
    {
        var charts = site.Read("02-charts.html");
        var head = charts[..charts.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("<script src=\"plotly.min.js\"></script>", head);
        Assert.DoesNotContain("data-plotly-library", charts);
        Assert.DoesNotContain(PlotlyJs.Source.Value[..200], charts);
        Assert.Equal(2, Regex.Matches(charts, "<div class=\"output html plotly-output\" data-plotly-charts=\"1\"><div class=\"task-timeline-chart\" id=\"chart-(sequential|whenall)\"").Count);

        var noCharts = site.Read("01-first-steps.html");
        Assert.DoesNotContain("plotly.min.js", noCharts);
        Assert.DoesNotContain("plotly.min.js", site.Read("index.html"));
    }

    [Fact]
    public void Given_markdown_cells_Then_tables_headings_and_csharp_fences_render()
    {
        var page = site.Read("01-first-steps.html");
        Assert.Contains("<h1 id=\"first-steps-await-vs-blocking\">First steps: <code>await</code> vs blocking</h1>", page);
        Assert.Contains("<th>Python</th>", page);
        Assert.Contains("<td><code>asyncio.sleep</code></td>", page);
        Assert.Contains("<pre class=\"code\"><code class=\"language-csharp\"><span class=\"tok-keyword\">await</span> <span class=\"tok-identifier\">Task</span>."
            + "<span class=\"tok-method\">Delay</span>(<span class=\"tok-number\">2000</span>); <span class=\"tok-comment\">// non-blocking</span></code></pre>", page);
    }

    [Fact]
    public void Given_a_markdown_link_to_a_notebook_on_the_site_Then_it_points_at_that_page_and_other_links_stay()
    {
        var page = site.Read("02-charts.html");
        Assert.Contains("Back to <a href=\"01-first-steps.html#when-a-task-fails\">the first lesson</a>; "
            + "more in the <a href=\"https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/\">C# docs</a>.", page);
    }

    [Fact]
    public void Given_code_cells_Then_source_is_highlighted_and_stdout_writes_merge_into_one_block_followed_by_the_result()
    {
        var page = site.Read("01-first-steps.html");
        Assert.Contains("<span class=\"prompt\">[2]</span>", page);
        Assert.Contains("<span class=\"tok-comment\">/* brew two cups */</span>\n<span class=\"tok-keyword\">async</span> <span class=\"tok-type\">Task</span> <span class=\"tok-method\">Brew</span>", page);
        Assert.Contains("<span class=\"tok-preprocessor\">#</span><span class=\"tok-preprocessor\">r</span> <span class=\"tok-string\">&quot;../artifacts/helpers/TaskTimeline.dll&quot;</span>", page);
        Assert.Contains("<div class=\"outputs\">\n<pre class=\"output stream stdout\">Brewing chai...\nchai is ready.\n</pre>\n<pre class=\"output text\">2.5</pre>\n</div>", page);
    }

    [Fact]
    public void Given_an_html_output_Then_it_is_inserted_as_is_in_preference_to_text()
    {
        var page = site.Read("01-first-steps.html");
        Assert.Contains("<div class=\"output html\"><table class=\"fixture-table\"><thead><tr><th>Lane</th><th>Ms</th></tr></thead>", page);
        Assert.DoesNotContain("{ Lane = chai, Ms = 2000 }", page);
    }

    [Fact]
    public void Given_an_error_output_Then_it_is_styled_escaped_and_free_of_terminal_colour_codes()
    {
        var page = site.Read("01-first-steps.html");
        Assert.Contains("<div class=\"output error\"><div class=\"error-title\">System.InvalidOperationException: kettle &lt;empty&gt;</div>"
            + "<pre class=\"error-trace\">   at Submission#4.&lt;&lt;Initialize&gt;&gt;d__0.MoveNext()</pre></div>", page);
        Assert.False(page.Contains('\u001b', StringComparison.Ordinal), "a terminal escape code reached the page");
    }

    [Fact]
    public void Given_exercise_check_and_stderr_cells_Then_they_are_marked()
    {
        var page = site.Read("02-charts.html");
        Assert.Contains("<section class=\"cell code exercise\" id=\"cell-ex-overlap\">\n<div class=\"badges\"><span class=\"badge badge-exercise\">exercise</span></div>", page);
        Assert.Contains("<section class=\"cell code check\" id=\"cell-check-overlap\">", page);
        Assert.Contains("<pre class=\"output stream stdout\">❌ chai and coffee never overlap: start them both before awaiting.\n</pre>", page);
        Assert.Contains("<pre class=\"output stream stderr\">careful\n</pre>", page);
    }

    [Fact]
    public void Given_a_folder_with_an_older_site_When_written_again_Then_pages_of_removed_lessons_are_gone()
    {
        var folder = Path.Combine(site.Folder, "rewrite");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "00-renamed-lesson.html"), "old");
        File.WriteAllText(Path.Combine(folder, "plotly.min.js"), "old");

        CourseSite.Write(folder, [site.Pages.Single(page => page.SourcePath.EndsWith("01-first-steps.ipynb", StringComparison.Ordinal))]);

        Assert.Equal(["01-first-steps.html", "index.html", "site.css"], Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_missing_executed_notebook_When_written_Then_the_error_names_it()
    {
        var missing = Path.Combine(site.Folder, "nowhere", "03-missing.ipynb");
        var error = Assert.Throws<FileNotFoundException>(() =>
            CourseSite.Write(Path.Combine(site.Folder, "missing"), [new SitePage(missing, "notebooks/03-missing.ipynb", TimeSpan.Zero, true)]));
        Assert.Equal($"Executed notebook not found: {missing} (from notebooks/03-missing.ipynb).", error.Message);
    }

    [Fact]
    public void Given_a_file_that_is_not_json_When_written_Then_the_error_names_it()
    {
        var broken = Path.Combine(site.Folder, "broken.ipynb");
        File.WriteAllText(broken, "{ \"cells\": [");
        var error = Assert.Throws<InvalidDataException>(() =>
            CourseSite.Write(Path.Combine(site.Folder, "broken"), [new SitePage(broken, broken, TimeSpan.Zero, true)]));
        Assert.StartsWith($"{broken}: malformed JSON (line ", error.Message);
    }

    [Fact]
    public void Given_two_notebooks_with_the_same_name_When_written_Then_the_error_names_both()
    {
        var page = site.Pages[0];
        var error = Assert.Throws<ArgumentException>(() =>
            CourseSite.Write(Path.Combine(site.Folder, "twice"), [page, page with { SourcePath = "elsewhere/" + Path.GetFileName(page.SourcePath) }]));
        Assert.StartsWith("Two notebooks would both become the page '02-charts.html': ", error.Message);
    }
}
