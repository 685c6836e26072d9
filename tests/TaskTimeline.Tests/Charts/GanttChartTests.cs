namespace TaskTimeline.Tests.Charts;

public class GanttChartTests
{
    [Fact]
    public void Given_two_lanes_on_two_threads_When_drawn_as_a_Gantt_Then_there_is_one_trace_per_thread_plus_awaiting_and_waiting()
    {
        var figure = Figure.Of(ChartTimelines.TwoThreads().Gantt());

        Assert.Equal(["awaiting", "ready, waiting for a thread", "thread 4", "thread 7"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(figure.Traces, t => Assert.Equal(("bar", "h"), (t.GetProperty("type").GetString(), t.GetProperty("orientation").GetString())));
    }

    [Fact]
    public void Given_two_lanes_When_drawn_as_a_Gantt_Then_each_bar_starts_at_its_segment_and_lasts_its_duration()
    {
        var figure = Figure.Of(ChartTimelines.TwoThreads().Gantt());

        var thread7 = figure.Trace("thread 7");
        Assert.Equal(["fetch", "parse"], Figure.Strings(thread7, "y"));
        Assert.Equal([250.0, 20.0], Figure.Numbers(thread7, "base"));
        Assert.Equal([50.0, 100.0], Figure.Numbers(thread7, "x"));
        var awaiting = figure.Trace("awaiting");
        Assert.Equal(["fetch"], Figure.Strings(awaiting, "y"));
        Assert.Equal([10.0], Figure.Numbers(awaiting, "base"));
        Assert.Equal([190.0], Figure.Numbers(awaiting, "x"));
        var waiting = figure.Trace("ready, waiting for a thread");
        Assert.Equal([200.0], Figure.Numbers(waiting, "base"));
        Assert.Equal([50.0], Figure.Numbers(waiting, "x"));
    }

    [Fact]
    public void Given_two_threads_When_drawn_Then_each_thread_has_its_own_colour_and_awaits_are_hatched()
    {
        var figure = Figure.Of(ChartTimelines.TwoThreads().Gantt());

        Assert.NotEqual(Figure.Color(figure.Trace("thread 4")), Figure.Color(figure.Trace("thread 7")));
        Assert.Equal("/", figure.Trace("awaiting").GetProperty("marker").GetProperty("pattern").GetProperty("shape").GetString());
        Assert.Equal(".", figure.Trace("ready, waiting for a thread").GetProperty("marker").GetProperty("pattern").GetProperty("shape").GetString());
        Assert.False(figure.Trace("thread 4").GetProperty("marker").TryGetProperty("pattern", out _));
    }

    [Fact]
    public void Given_the_same_thread_id_in_two_charts_When_drawn_Then_it_gets_the_same_colour()
    {
        var twoThreads = Figure.Of(ChartTimelines.TwoThreads().Gantt());
        var otherChart = Figure.Of(ChartTimelines.TwoThreads().ThreadView());

        Assert.Equal(Figure.Color(twoThreads.Trace("thread 7")), Figure.Color(Figure.Of(ChartTimelines.TwoThreads().Gantt()).Trace("thread 7")));
        Assert.Equal(2, otherChart.Traces.Length);
    }

    [Fact]
    public void Given_an_await_with_a_label_When_hovered_Then_the_text_names_lane_phase_times_and_label()
    {
        var figure = Figure.Of(ChartTimelines.TwoThreads().Gantt());

        Assert.Equal(["<b>fetch</b><br>awaiting: 10–200 ms (190 ms)<br>GET /delay"], Figure.Strings(figure.Trace("awaiting"), "hovertext"));
        Assert.Equal("<b>fetch</b><br>running: 250–300 ms (50 ms)<br>on thread 7", Figure.Strings(figure.Trace("thread 7"), "hovertext")[0]);
        Assert.All(figure.Traces, t => Assert.Equal("text", t.GetProperty("hoverinfo").GetString()));
    }

    [Fact]
    public void Given_lanes_in_creation_order_When_drawn_Then_rows_follow_lane_order_top_to_bottom()
    {
        var yaxis = Figure.Of(ChartTimelines.TwoThreads().Gantt()).Layout.GetProperty("yaxis");

        Assert.Equal(["fetch", "parse"], yaxis.GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(("category", "reversed"), (yaxis.GetProperty("type").GetString(), yaxis.GetProperty("autorange").GetString()));
    }

    [Fact]
    public void Given_a_timeline_When_drawn_Then_the_title_carries_the_total_and_bars_overlay()
    {
        var layout = Figure.Of(ChartTimelines.TwoThreads().Gantt()).Layout;

        Assert.Equal("Two threads · total 300 ms · 2 lanes on 2 threads", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("overlay", layout.GetProperty("barmode").GetString());
        var range = layout.GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(0, range[0]);
        Assert.Equal(303, range[1], 6); // 1 % past the end, so a final burst is not cut by the frame
    }

    [Fact]
    public void Given_two_lanes_with_one_name_When_drawn_Then_each_keeps_its_own_row()
    {
        var snapshot = TimelineSnapshot.FromEvents("Twins", TimelineMode.ThreadPool, ["brew", "brew"],
            [new(0, TimelineEventKind.Start, 0, 1), new(0, TimelineEventKind.End, 5, 1), new(1, TimelineEventKind.Start, 5, 1), new(1, TimelineEventKind.End, 10, 1)]);

        var rows = Figure.Strings(Figure.Of(snapshot.Gantt()).Trace("thread 1"), "y");

        Assert.Equal(["brew", "brew (2)"], rows);
    }
}
