namespace TaskTimeline.Tests.Charts;

public class ScaleTests
{
    [Fact]
    public void Given_ten_thousand_lanes_When_drawn_as_a_Gantt_Then_it_switches_to_three_stacked_phase_areas()
    {
        var chart = ChartTimelines.Many(10_000).Gantt();

        var figure = Figure.Of(chart);

        Assert.True(chart.IsAggregated);
        // Every lane resumes the instant it is ready: no lane waits for a thread, so that phase has no area and no legend entry.
        Assert.Equal(["running (= busy threads)", "awaiting"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(figure.Traces, t => Assert.Equal(("scatter", "panel0"), (t.GetProperty("type").GetString(), t.GetProperty("stackgroup").GetString())));
        Assert.Equal("lanes", figure.Layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Given_ten_thousand_lanes_all_awaiting_at_once_When_aggregated_Then_the_middle_bins_count_ten_thousand_awaiting()
    {
        // Every lane of Many() awaits from (i % 100) + 0.5 ms to (i % 100) + 1000 ms: from 100.5 to 1000 ms all 10,000 are awaiting.
        var figure = Figure.Of(ChartTimelines.Many(10_000).Gantt());

        var awaiting = figure.Trace("awaiting");
        var times = Figure.Numbers(awaiting, "x");
        var counts = Figure.Numbers(awaiting, "y");
        var middle = times.Select((t, i) => (t, i)).Where(x => x.t >= 150 && x.t <= 900).Select(x => counts[x.i]).ToArray();
        Assert.NotEmpty(middle);
        Assert.All(middle, c => Assert.Equal(10_000, c, 3));
        Assert.All(Figure.Numbers(figure.Trace("running (= busy threads)"), "y").Where((_, i) => times[i] >= 150 && times[i] <= 900), c => Assert.Equal(0, c, 3));
    }

    [Fact]
    public void Given_a_lane_count_at_the_threshold_When_drawn_Then_it_keeps_one_row_per_lane_and_one_more_lane_aggregates()
    {
        Assert.False(ChartTimelines.Many(TimelineChart.DefaultMaxLanes).Gantt().IsAggregated);
        Assert.True(ChartTimelines.Many(TimelineChart.DefaultMaxLanes + 1).Gantt().IsAggregated);
        Assert.False(ChartTimelines.Many(500).Gantt().WithMaxLanes(500).IsAggregated);
    }

    [Fact]
    public void Given_many_lanes_that_wait_for_a_thread_When_aggregated_Then_the_ready_phase_has_its_area_and_legend_entry()
    {
        var events = new List<TimelineEvent>();
        for (int i = 0; i < 300; i++)
            events.AddRange([new(i, TimelineEventKind.Start, 0, 5), new(i, TimelineEventKind.Suspend, 1, 5), new(i, TimelineEventKind.Ready, 100, 0),
                new(i, TimelineEventKind.Resume, 150, 6), new(i, TimelineEventKind.End, 151, 6)]);
        var waiting = TimelineSnapshot.FromEvents("starved", TimelineMode.ThreadPool, Enumerable.Range(0, 300).Select(i => $"t{i}").ToArray(), events);

        var figure = Figure.Of(waiting.Gantt());

        Assert.Equal(["running (= busy threads)", "ready, waiting for a thread", "awaiting"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
    }
}
