using System.Text.RegularExpressions;
using TaskTimeline.Charts.Rendering;
using TaskTimeline.Tests.Charts;

namespace TaskTimeline.Tests.Display;

public class NotebookHtmlTests
{
    private const string LibraryBlock = "<script type=\"text/plain\" data-plotly-library>";

    [Fact]
    public void Given_a_new_session_When_two_charts_are_displayed_Then_only_the_first_carries_plotly_js()
    {
        var session = new PlotlySession();
        var chart = ChartTimelines.TwoThreads().Gantt();

        var first = chart.ToNotebookHtml(session);
        var second = chart.ToNotebookHtml(session);

        Assert.Single(Regex.Matches(first, LibraryBlock));
        Assert.DoesNotContain(LibraryBlock, second);
        Assert.Contains("window.Plotly.newPlot", second);
        Assert.True(first.Length > 1_000_000, $"the first chart should embed plotly.js, but is {first.Length} characters");
        Assert.True(second.Length < 20_000, $"the second chart should not embed plotly.js, but is {second.Length} characters");
    }

    [Fact]
    public void Given_a_session_that_sent_plotly_js_When_it_restarts_Then_the_next_chart_carries_it_again()
    {
        var session = new PlotlySession();
        var chart = ChartTimelines.TwoThreads().Gantt();
        chart.ToNotebookHtml(session);

        session.Restart();

        Assert.Single(Regex.Matches(chart.ToNotebookHtml(session), LibraryBlock));
        Assert.DoesNotContain(LibraryBlock, chart.ToNotebookHtml(session));
    }

    [Fact]
    public void Given_a_chart_When_shown_in_a_notebook_Then_it_is_a_fragment_not_a_page()
    {
        var html = ChartTimelines.TwoThreads().Gantt().ToNotebookHtml(new PlotlySession());

        Assert.StartsWith(LibraryBlock, html);
        Assert.DoesNotMatch("(?i)<!DOCTYPE|<html|<head|<body|<title", Comparable(html));
    }

    [Fact]
    public void Given_the_plotly_js_block_When_rendered_Then_it_does_not_run_by_itself_and_charts_run_it_only_without_window_Plotly()
    {
        var html = ChartTimelines.TwoThreads().Gantt().ToNotebookHtml(new PlotlySession());

        Assert.Single(Regex.Matches(html, @"<script\b[^>]*\bdata-plotly-library\b"));
        Assert.Contains("if (!window.Plotly) loadPlotly();", html);
        int hide = html.IndexOf("window.define = undefined", StringComparison.Ordinal);
        int run = html.IndexOf("appendChild(script)", StringComparison.Ordinal);
        int restore = html.IndexOf("window.define = define", StringComparison.Ordinal);
        Assert.True(hide >= 0 && hide < run && run < restore, $"hide {hide}, run {run}, restore {restore}");
    }

    [Fact]
    public void Given_one_chart_displayed_twice_When_rendered_Then_each_div_has_its_own_id()
    {
        var chart = ChartTimelines.TwoThreads().Gantt();
        var session = new PlotlySession();
        session.Claim();

        var ids = Enumerable.Range(0, 3).Select(_ => Regex.Match(chart.ToNotebookHtml(session), "id=\"(task-timeline-[0-9a-f]+)\"").Groups[1].Value).ToArray();

        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void Given_a_lane_name_with_a_closing_script_tag_When_rendered_Then_it_cannot_end_the_script_early()
    {
        var snapshot = TimelineSnapshot.FromEvents("x", TimelineMode.ThreadPool, ["</script><b>"],
            [new(0, TimelineEventKind.Start, 0, 1), new(0, TimelineEventKind.End, 1, 1)]);
        var session = new PlotlySession();
        session.Claim();

        var html = snapshot.Gantt().ToNotebookHtml(session);

        Assert.Single(Regex.Matches(html, "</script>"));
    }

    [Fact]
    public void Given_a_chart_When_asked_for_ToHtml_Then_it_is_what_the_kernel_formatter_shows()
    {
        var chart = ChartTimelines.TwoThreads().Gantt();

        // Both go through the process's session, which other tests share: compare with the library block and the random div id taken out.
        Assert.Equal(Comparable(FormatterConvention.Format(chart, "text/html")!), Comparable(chart.ToHtml()));
        Assert.DoesNotMatch("(?i)<!DOCTYPE|<html", Comparable(chart.ToHtml()));
    }

    [Fact]
    public void Given_a_timeline_and_its_snapshot_When_asked_for_ToHtml_Then_each_is_their_Gantt_fragment_as_the_kernel_formatter_shows_it()
    {
        var snapshot = ChartTimelines.TwoThreads();

        Assert.Equal(Comparable(FormatterConvention.Format(snapshot, "text/html")!), Comparable(snapshot.ToHtml()));
        Assert.Equal(Comparable(snapshot.Gantt().ToHtml()), Comparable(snapshot.ToHtml()));
        Assert.DoesNotMatch("(?i)<!DOCTYPE|<html", Comparable(snapshot.ToHtml()));
    }

    private static string Comparable(string html) =>
        Regex.Replace(Regex.Replace(html, @"<script type=""text/plain"" data-plotly-library>.*?</script>\n", "", RegexOptions.Singleline), "task-timeline-[0-9a-f]{32}", "ID");
}
