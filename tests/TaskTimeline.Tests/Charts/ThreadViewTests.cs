namespace TaskTimeline.Tests.Charts;

public class ThreadViewTests
{
    [Fact]
    public void Given_two_lanes_on_two_threads_When_drawn_by_thread_Then_rows_are_threads_in_order_of_first_use()
    {
        var yaxis = Figure.Of(ChartTimelines.TwoThreads().ThreadView()).Layout.GetProperty("yaxis");

        Assert.Equal(["thread 4", "thread 7"], yaxis.GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Given_a_lane_that_hopped_threads_When_drawn_by_thread_Then_its_bars_sit_on_both_thread_rows()
    {
        var figure = Figure.Of(ChartTimelines.TwoThreads().ThreadView());

        var fetch = figure.Trace("fetch");
        Assert.Equal(["thread 4", "thread 7"], Figure.Strings(fetch, "y"));
        Assert.Equal([0.0, 250.0], Figure.Numbers(fetch, "base"));
        Assert.Equal(["thread 7"], Figure.Strings(figure.Trace("parse"), "y"));
        Assert.NotEqual(Figure.Color(fetch), Figure.Color(figure.Trace("parse")));
    }

    [Fact]
    public void Given_bars_wide_enough_When_drawn_by_thread_Then_they_carry_the_lane_name_and_narrow_ones_do_not()
    {
        var figure = Figure.Of(ChartTimelines.TwoThreads().ThreadView());

        Assert.Equal(["", "fetch"], Figure.Strings(figure.Trace("fetch"), "text")); // 0–10 ms is too narrow in 300 ms
        Assert.Equal(["parse"], Figure.Strings(figure.Trace("parse"), "text"));
    }

    [Fact]
    public void Given_more_bursts_than_drawable_When_drawn_by_thread_Then_nearby_bursts_merge_into_busy_bars()
    {
        var many = ChartTimelines.Many(5_000);

        var figure = Figure.Of(many.ThreadView());

        Assert.Equal(4, figure.Traces.Length);
        int bars = figure.Traces.Sum(t => t.GetProperty("x").GetArrayLength());
        Assert.InRange(bars, 4, 2 * 1500 * 4);
        Assert.Contains("bursts of", Figure.Strings(figure.Traces[0], "hovertext")[0]);
    }
}
