using static TaskTimeline.TimelineEventKind;

namespace TaskTimeline.Tests.Recording;

public class ConcurrencyTests
{
    [Fact]
    public async Task Given_10000_concurrent_lanes_When_all_complete_Then_every_event_is_recorded_exactly_once_in_order()
    {
        const int lanes = 10_000;
        var timeline = new Timeline("10k");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = new Task[lanes];
        for (int i = 0; i < lanes; i++) tasks[i] = timeline.Lane($"lane {i}", async () => await gate.Task);
        gate.SetResult();
        await Task.WhenAll(tasks);

        var snapshot = timeline.Snapshot();
        Assert.Equal(lanes * 5, snapshot.Events.Count);
        var perLane = snapshot.Events.GroupBy(e => e.Lane).ToDictionary(g => g.Key, g => g.Select(e => e.Kind).ToArray());
        Assert.Equal(lanes, perLane.Count);
        Assert.All(perLane.Values, kinds => Assert.Equal(new[] { Start, Suspend, Ready, Resume, End }, kinds));
    }

    [Fact]
    public async Task Given_lanes_recorded_from_many_threads_When_snapshotted_Then_no_event_is_lost()
    {
        var timeline = new Timeline();
        await Parallel.ForAsync(0, 2_000, async (i, _) => await timeline.Lane($"lane {i}", async () => await Task.Yield()));
        var snapshot = timeline.Snapshot();
        Assert.Equal(2_000, snapshot.Lanes.Count);
        Assert.All(snapshot.Lanes, l => Assert.Equal(LaneOutcome.Completed, l.Outcome));
        Assert.Equal(2_000, snapshot.Events.Count(e => e.Kind == Start));
        Assert.Equal(2_000, snapshot.Events.Count(e => e.Kind == End));
    }

    [Fact]
    public void Given_a_timeline_with_a_small_cap_When_more_events_arrive_Then_starting_a_lane_and_reading_throw_a_clear_error()
    {
        var timeline = new Timeline("tiny", capacity: 4);
        timeline.Lane("one", () => Task.CompletedTask);
        timeline.Lane("two", () => Task.CompletedTask);

        void StartThird() => timeline.Lane("three", () => Task.CompletedTask);
        var error = Assert.Throws<TimelineFullException>(StartThird);
        Assert.Contains("'tiny'", error.Message);
        Assert.Contains("at most 4 events", error.Message);
        Assert.Throws<TimelineFullException>(() => timeline.Snapshot());
    }
}
