using static TaskTimeline.TimelineEventKind;

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
    public void Given_two_lanes_resumed_on_the_same_thread_When_drawn_Then_both_resumed_bars_take_that_threads_colour_and_other_threads_differ()
    {
        // "brew" starts on thread 4, "pour" on thread 7; both resume on thread 9.
        var snapshot = TimelineSnapshot.FromEvents("Shared thread", TimelineMode.ThreadPool, ["brew", "pour"],
        [
            new(0, Start, 0, 4), new(0, Suspend, 10, 4), new(1, Start, 0, 7), new(1, Suspend, 15, 7),
            new(0, Ready, 100, 0), new(0, Resume, 100, 9), new(0, End, 120, 9),
            new(1, Ready, 130, 0), new(1, Resume, 130, 9), new(1, End, 150, 9),
        ]);

        var figure = Figure.Of(snapshot.Gantt());

        Assert.Equal(["brew", "pour"], Figure.Strings(figure.Trace("thread 9"), "y"));
        Assert.Equal([100.0, 130.0], Figure.Numbers(figure.Trace("thread 9"), "base"));
        Assert.Equal(["brew"], Figure.Strings(figure.Trace("thread 4"), "y"));
        Assert.Equal(["pour"], Figure.Strings(figure.Trace("thread 7"), "y"));
        var colours = new[] { "thread 4", "thread 7", "thread 9" }.Select(name => Figure.Color(figure.Trace(name))).ToArray();
        Assert.Equal(3, colours.Distinct().Count());
    }

    [Fact]
    public void Given_the_same_thread_in_two_charts_among_other_threads_When_drawn_Then_it_keeps_its_colour()
    {
        var first = TimelineSnapshot.FromEvents("First", TimelineMode.ThreadPool, ["a", "b"],
            [new(0, Start, 0, 4), new(0, End, 10, 4), new(1, Start, 0, 9), new(1, End, 10, 9)]);
        var second = TimelineSnapshot.FromEvents("Second", TimelineMode.ThreadPool, ["c", "d", "e"],
            [new(0, Start, 0, 9), new(0, End, 10, 9), new(1, Start, 0, 7), new(1, End, 10, 7), new(2, Start, 0, 13), new(2, End, 10, 13)]);

        var inFirst = Figure.Of(first.Gantt());
        var inSecond = Figure.Of(second.Gantt());

        Assert.Equal(Figure.Color(inFirst.Trace("thread 9")), Figure.Color(inSecond.Trace("thread 9")));
        Assert.NotEqual(Figure.Color(inFirst.Trace("thread 4")), Figure.Color(inSecond.Trace("thread 9")));
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

    [Fact]
    public void Given_a_caller_created_after_its_callees_When_drawn_Then_its_row_comes_first_and_theirs_are_indented_under_it()
    {
        var nested = ChartTimelines.Nested();

        Assert.Equal(["FetchBoth()", "\u00A0\u00A0└ Fetch(\"/a\")", "\u00A0\u00A0└ Fetch(\"/b\")"], Rows(nested));
    }

    private static string[] Rows(TimelineSnapshot snapshot) =>
        Figure.Of(snapshot.Gantt()).Layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Given_a_Gantt_When_drawn_Then_its_legend_says_solid_means_holding_a_thread_and_the_title_sits_below_the_toolbar()
    {
        var figure = Figure.Of(ChartTimelines.TwoThreads().Gantt());

        var legend = figure.Layout.GetProperty("legend");
        Assert.Equal("solid = holding a thread (running or blocked) ·", legend.GetProperty("title").GetProperty("text").GetString());
        var titleTop = figure.Layout.GetProperty("title").GetProperty("pad").GetProperty("t").GetInt32();
        Assert.True(titleTop >= 30, $"the title starts {titleTop} px from the top, under Plotly's toolbar (about 30 px)");
        double legendTopPx = (1 - legend.GetProperty("y").GetDouble()) * figure.Layout.GetProperty("height").GetInt32();
        Assert.True(legendTopPx > titleTop + 16, $"the legend ({legendTopPx:0} px from the top) sits below the title ({titleTop} px)");
    }

    [Fact]
    public void Given_a_lane_that_never_waited_for_a_thread_When_drawn_Then_the_legend_has_no_entry_for_waiting()
    {
        var snapshot = TimelineSnapshot.FromEvents("no waits", TimelineMode.ThreadPool, ["brew"],
            [new(0, Start, 0, 4), new(0, Suspend, 1, 4, "Task.Delay"), new(0, Resume, 100, 5), new(0, End, 101, 5)]);

        var names = Figure.Of(snapshot.Gantt()).Traces.Where(t => t.GetProperty("showlegend").GetBoolean()).Select(t => t.GetProperty("name").GetString());

        Assert.Equal(["awaiting", "thread 4", "thread 5"], names.Order());
    }
}
