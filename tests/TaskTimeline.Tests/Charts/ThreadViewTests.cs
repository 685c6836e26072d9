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
        // Merged bars are several lanes: one grey, one legend entry, no lane's or thread's colour.
        Assert.Single(figure.Traces.Select(Figure.Color).Distinct());
        Assert.Equal(["several lanes (bursts merged)"], figure.Traces.Where(t => t.GetProperty("showlegend").GetBoolean()).Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void Given_more_lanes_than_legend_entries_When_drawn_by_thread_Then_colour_still_means_lane_not_thread()
    {
        var many = ChartTimelines.Many(40); // four threads, 40 lanes: more than get a legend entry each

        var figure = Figure.Of(many.ThreadView());

        var colorsByLane = figure.Traces
            .SelectMany(t => Figure.Strings(t, "hovertext").Select(h => (Lane: h[3..h.IndexOf("</b>", StringComparison.Ordinal)], Color: Figure.Color(t))))
            .GroupBy(x => x.Lane).ToDictionary(g => g.Key, g => g.Select(x => x.Color).Distinct().ToArray());
        Assert.Equal(40, colorsByLane.Count);
        Assert.All(colorsByLane.Values, colors => Assert.Single(colors)); // each lane one colour
        Assert.NotEqual(colorsByLane["task 0"], colorsByLane["task 4"]); // both ran on thread 10: the colour is the lane's, not the thread's
    }
}
