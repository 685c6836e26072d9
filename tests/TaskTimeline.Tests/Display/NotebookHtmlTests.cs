using System.Text.RegularExpressions;
using TaskTimeline.Charts.Rendering;
using TaskTimeline.Tests.Charts;

namespace TaskTimeline.Tests.Display;

public class NotebookHtmlTests
{
    [Fact]
    public void Given_a_new_process_When_two_charts_are_displayed_Then_only_the_first_carries_plotly_js()
    {
        var library = new PlotlyLibraryOnce();
        var chart = ChartTimelines.TwoThreads().Gantt();

        var first = chart.ToNotebookHtml(library);
        var second = chart.ToNotebookHtml(library);

        Assert.Single(Regex.Matches(first, "<script data-plotly-library>"));
        Assert.DoesNotContain("data-plotly-library", second);
        Assert.Contains("window.Plotly.newPlot", second);
        Assert.True(first.Length > 1_000_000, $"the first chart should embed plotly.js, but is {first.Length} characters");
        Assert.True(second.Length < 20_000, $"the second chart should not embed plotly.js, but is {second.Length} characters");
    }

    [Fact]
    public void Given_the_first_chart_When_plotly_js_is_inlined_Then_AMD_define_is_hidden_before_and_restored_after()
    {
        var html = ChartTimelines.TwoThreads().Gantt().ToNotebookHtml(new PlotlyLibraryOnce());

        int hide = html.IndexOf("window.define = undefined", StringComparison.Ordinal);
        int library = html.IndexOf("<script data-plotly-library>", StringComparison.Ordinal);
        int restore = html.IndexOf("window.define = window.__taskTimelineDefine", StringComparison.Ordinal);
        Assert.True(hide >= 0 && hide < library && library < restore, $"hide {hide}, library {library}, restore {restore}");
    }

    [Fact]
    public void Given_one_chart_displayed_twice_When_rendered_Then_each_div_has_its_own_id()
    {
        var chart = ChartTimelines.TwoThreads().Gantt();
        var library = new PlotlyLibraryOnce();
        library.Claim();

        var ids = Enumerable.Range(0, 3).Select(_ => Regex.Match(chart.ToNotebookHtml(library), "id=\"(task-timeline-[0-9a-f]+)\"").Groups[1].Value).ToArray();

        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void Given_a_lane_name_with_a_closing_script_tag_When_rendered_Then_it_cannot_end_the_script_early()
    {
        var snapshot = TimelineSnapshot.FromEvents("x", TimelineMode.ThreadPool, ["</script><b>"],
            [new(0, TimelineEventKind.Start, 0, 1), new(0, TimelineEventKind.End, 1, 1)]);
        var library = new PlotlyLibraryOnce();
        library.Claim();

        var html = snapshot.Gantt().ToNotebookHtml(library);

        Assert.Single(Regex.Matches(html, "</script>"));
    }
}
