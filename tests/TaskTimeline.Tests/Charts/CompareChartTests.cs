namespace TaskTimeline.Tests.Charts;

public class CompareChartTests
{
    [Fact]
    public async Task Given_two_timelines_When_compared_Then_each_gets_a_panel_with_its_title_and_total()
    {
        var (chai, _) = await ChartTimelines.RecordChaiWhenAll();

        var figure = Figure.Of(TimelineChart.Compare(chai, ChartTimelines.TwoThreads()));

        var titles = figure.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["<b>Chai, WhenAll</b> · total 2.00 s", "<b>Two threads</b> · total 300 ms"], titles);
        var totals = figure.Layout.GetProperty("shapes").EnumerateArray().Select(s => (s.GetProperty("xref").GetString(), s.GetProperty("x0").GetDouble())).ToArray();
        Assert.Equal([("x", 2000.0), ("x2", 300.0)], totals);
    }

    [Fact]
    public void Given_two_timelines_When_compared_Then_the_lower_panel_shares_the_upper_x_range_and_sits_below_it()
    {
        var figure = Figure.Of(TimelineChart.Compare(ChartTimelines.TwoThreads(), ChartTimelines.Many(3)));

        Assert.Equal("x", figure.Layout.GetProperty("xaxis2").GetProperty("matches").GetString());
        var upper = figure.Layout.GetProperty("yaxis").GetProperty("domain").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var lower = figure.Layout.GetProperty("yaxis2").GetProperty("domain").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.True(lower[1] < upper[0], $"lower panel {lower[0]}–{lower[1]} should be below upper {upper[0]}–{upper[1]}");
        Assert.All(figure.Traces.Where(t => Figure.Strings(t, "y").Contains("fetch")), t => Assert.Equal("y", t.GetProperty("yaxis").GetString()));
        Assert.All(figure.Traces.Where(t => Figure.Strings(t, "y").Contains("task 0")), t => Assert.Equal("y2", t.GetProperty("yaxis").GetString()));
    }

    [Fact]
    public void Given_the_same_thread_in_both_timelines_When_compared_Then_the_legend_lists_it_once()
    {
        var figure = Figure.Of(TimelineChart.Compare(ChartTimelines.TwoThreads(), ChartTimelines.TwoThreads()));

        var shown = figure.Traces.Where(t => t.GetProperty("showlegend").GetBoolean()).Select(t => t.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["awaiting", "ready, waiting for a thread", "thread 4", "thread 7"], shown);
        Assert.Equal(8, figure.Traces.Length);
    }

    [Fact]
    public void Given_fewer_than_two_timelines_When_compared_Then_the_error_says_two_are_needed()
    {
        var error = Assert.Throws<ArgumentException>(() => TimelineChart.Compare(ChartTimelines.TwoThreads()));

        Assert.StartsWith("Compare needs two or more timelines; got 1.", error.Message);
    }
}
