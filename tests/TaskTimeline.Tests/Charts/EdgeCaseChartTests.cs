namespace TaskTimeline.Tests.Charts;

public class EdgeCaseChartTests
{
    [Fact]
    public void Given_an_empty_timeline_When_drawn_Then_the_chart_has_no_traces_and_still_renders()
    {
        using var timeline = new Timeline("Empty");

        var chart = timeline.Gantt();

        Assert.Empty(Figure.Of(chart).Traces);
        Assert.Contains("Empty · total 0 ms · 0 lanes on 0 threads", chart.ToStandaloneHtml());
        Assert.Empty(Figure.Of(timeline.ThreadView()).Traces);
    }

    [Fact]
    public void Given_a_lane_name_with_markup_When_hovered_Then_the_name_is_escaped_text()
    {
        var snapshot = TimelineSnapshot.FromEvents("x", TimelineMode.ThreadPool, ["<i>a & b</i>"],
            [new(0, TimelineEventKind.Start, 0, 1), new(0, TimelineEventKind.End, 1, 1)]);

        var hover = Figure.Strings(Figure.Of(snapshot.Gantt()).Trace("thread 1"), "hovertext").Single();

        Assert.StartsWith("<b>&lt;i&gt;a &amp; b&lt;/i&gt;</b><br>running", hover);
    }

    [Fact]
    public void Given_a_failed_lane_When_drawn_Then_its_row_is_marked_and_the_last_bar_tells_the_error()
    {
        var snapshot = TimelineSnapshot.FromEvents("x", TimelineMode.ThreadPool, ["order"],
            [new(0, TimelineEventKind.Start, 0, 3), new(0, TimelineEventKind.Fault, 10, 3, "TimeoutException: too slow")]);

        var bar = Figure.Of(snapshot.Gantt()).Trace("thread 3");

        Assert.Equal(["order ✗"], Figure.Strings(bar, "y"));
        Assert.EndsWith("<br>✗ failed: TimeoutException: too slow", Figure.Strings(bar, "hovertext").Single());
    }

    [Fact]
    public void Given_a_very_short_running_burst_When_drawn_Then_it_is_widened_to_stay_visible_but_hover_keeps_its_time()
    {
        var snapshot = TimelineSnapshot.FromEvents("x", TimelineMode.ThreadPool, ["quick"],
            [new(0, TimelineEventKind.Start, 0, 2), new(0, TimelineEventKind.Suspend, 0.01, 2), new(0, TimelineEventKind.Resume, 1000, 2), new(0, TimelineEventKind.End, 1000.01, 2)]);

        var running = Figure.Of(snapshot.Gantt()).Trace("thread 2");

        Assert.All(Figure.Numbers(running, "x"), width => Assert.Equal(1000.01 * 0.004, width, 6));
        Assert.Contains("running: 0–0.01 ms (0.01 ms)", Figure.Strings(running, "hovertext")[0]);
    }
}
