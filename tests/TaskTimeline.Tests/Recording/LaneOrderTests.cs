using static TaskTimeline.TimelineEventKind;

namespace TaskTimeline.Tests.Recording;

public class LaneOrderTests
{
    [Fact]
    public async Task Given_three_lanes_awaited_one_after_another_When_recorded_Then_no_two_lanes_overlap()
    {
        var timeline = new Timeline("Sequential");
        foreach (var name in new[] { "Masala", "Green", "Ginger" })
            await timeline.Lane(name, async () => await Task.Yield());

        var lanes = timeline.Snapshot().Lanes;
        Assert.Equal(3, lanes.Count);
        Assert.False(lanes[0].Overlaps(lanes[1]));
        Assert.False(lanes[1].Overlaps(lanes[2]));
        Assert.True(lanes[0].EndMs <= lanes[1].StartMs && lanes[1].EndMs <= lanes[2].StartMs);
    }

    [Fact]
    public async Task Given_three_lanes_awaiting_one_gate_When_awaited_with_WhenAll_Then_every_pair_overlaps()
    {
        var timeline = new Timeline("WhenAll");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lanes = new[] { "Masala", "Green", "Ginger" }.Select(name => timeline.Lane(name, async () => await gate.Task)).ToArray();
        gate.SetResult();
        await Task.WhenAll(lanes);

        var recorded = timeline.Snapshot().Lanes;
        Assert.All(recorded, a => Assert.All(recorded.Where(b => b != a), b => Assert.True(a.Overlaps(b), $"{a.Name} and {b.Name} should overlap")));
    }

    [Fact]
    public async Task Given_a_lane_that_awaits_once_When_recorded_Then_it_starts_suspends_becomes_ready_resumes_on_a_thread_and_ends()
    {
        var timeline = new Timeline();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int caller = Environment.CurrentManagedThreadId;
        var lane = timeline.Lane("brew", async () => await gate.Task);
        gate.SetResult();
        await lane;

        var events = timeline.Snapshot().Events;
        Assert.Equal(new[] { Start, Suspend, Ready, Resume, End }, events.Select(e => e.Kind));
        Assert.Equal(caller, events[0].ThreadId);
        Assert.NotEqual(0, events.Single(e => e.Kind == Resume).ThreadId);
        Assert.Equal(new[] { SegmentPhase.Running, SegmentPhase.Awaiting, SegmentPhase.Ready, SegmentPhase.Running },
            timeline.Snapshot().Lanes[0].Segments.Select(s => s.Phase));
    }

    [Fact]
    public async Task Given_a_lane_When_it_is_called_Then_it_runs_synchronously_up_to_its_first_await_like_a_hot_task()
    {
        var timeline = new Timeline();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var steps = new List<string>();

        var lane = timeline.Lane("hot", async () =>
        {
            steps.Add("before await");
            await gate.Task;
            steps.Add("after await");
        });
        steps.Add("call returned");
        gate.SetResult();
        await lane;

        Assert.Equal(new[] { "before await", "call returned", "after await" }, steps);
    }

    [Fact]
    public async Task Given_nested_async_calls_in_a_lane_When_they_await_Then_their_resumptions_belong_to_the_lane()
    {
        var timeline = new Timeline();
        static async Task Steep() { await Task.Yield(); await Task.Yield(); }
        await timeline.Lane("brew", async () => { await Steep(); await Steep(); });

        var lane = timeline.Snapshot().Lanes.Single();
        Assert.Equal(LaneOutcome.Completed, lane.Outcome);
        Assert.True(lane.Segments.Count(s => s.Phase == SegmentPhase.Running) >= 2, "each resumption after an await should be a running segment");
        Assert.All(lane.Segments.Where(s => s.Phase == SegmentPhase.Running), s => Assert.NotEqual(0, s.ThreadId));
    }

    [Fact]
    public async Task Given_a_labelled_await_When_the_lane_suspends_there_Then_the_gap_carries_the_label()
    {
        var timeline = new Timeline();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lane = timeline.Lane("brew", async () => await gate.Task.Labeled("steeping"));
        gate.SetResult();
        await lane;

        Assert.Equal("steeping", timeline.Snapshot().Lanes[0].Segments.Single(s => s.Phase == SegmentPhase.Awaiting).Label);
    }

    [Fact]
    public async Task Given_a_lane_returning_a_value_When_awaited_Then_the_value_comes_back()
    {
        var timeline = new Timeline();
        var result = await timeline.Lane("answer", async () => { await Task.Yield(); return 42; });
        Assert.Equal(42, result);
    }
}
