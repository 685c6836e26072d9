using static TaskTimeline.TimelineEventKind;

namespace TaskTimeline.Tests.Recording;

public class LaneOutcomeTests
{
    [Fact]
    public async Task Given_a_lane_that_throws_after_an_await_When_awaited_Then_the_exception_surfaces_and_the_lane_is_faulted()
    {
        var timeline = new Timeline();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => timeline.Lane("burnt", async () =>
        {
            await Task.Yield();
            throw new InvalidOperationException("milk boiled over");
        }));

        var lane = timeline.Snapshot().Lanes.Single();
        Assert.Equal("milk boiled over", error.Message);
        Assert.Equal(LaneOutcome.Faulted, lane.Outcome);
        Assert.Equal("InvalidOperationException: milk boiled over", lane.Error);
        Assert.Equal(Fault, timeline.Snapshot().Events[^1].Kind);
    }

    [Fact]
    public async Task Given_a_lane_whose_body_throws_before_returning_a_task_When_awaited_Then_it_is_recorded_as_faulted()
    {
        var timeline = new Timeline();
        await Assert.ThrowsAsync<ArgumentException>(() => timeline.Lane<int>("eager", () => throw new ArgumentException("bad leaf")));
        Assert.Equal(LaneOutcome.Faulted, timeline.Snapshot().Lanes.Single().Outcome);
    }

    [Fact]
    public async Task Given_a_lane_that_is_cancelled_When_awaited_Then_it_is_recorded_as_cancelled()
    {
        var timeline = new Timeline();
        using var cancel = new CancellationTokenSource();
        var lane = timeline.Lane("cancelled", () => Task.Delay(Timeout.Infinite, cancel.Token));
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lane);
        Assert.Equal(LaneOutcome.Canceled, timeline.Snapshot().Lanes.Single().Outcome);
    }

    [Fact]
    public async Task Given_cpu_work_started_with_Run_When_it_completes_Then_it_was_queued_then_ran_on_a_pool_thread()
    {
        var timeline = new Timeline();
        var ranOn = (Thread: 0, Pool: false);
        int result = await timeline.Run("crunch", () =>
        {
            ranOn = (Environment.CurrentManagedThreadId, Thread.CurrentThread.IsThreadPoolThread);
            return Enumerable.Range(1, 100).Sum();
        });

        var events = timeline.Snapshot().Events;
        Assert.Equal(5050, result);
        Assert.Equal(new[] { Queued, Start, End }, events.Select(e => e.Kind));
        Assert.True(ranOn.Pool);
        Assert.Equal(ranOn.Thread, events[1].ThreadId);
    }

    [Fact]
    public async Task Given_a_manual_lane_When_its_awaits_are_marked_Then_suspend_and_resume_are_recorded_with_the_label()
    {
        var timeline = new Timeline();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task work;
        using (var lane = timeline.Begin("by hand"))
        {
            work = lane.Await(gate.Task, "kettle");
            gate.SetResult();
            await work;
        }

        var snapshot = timeline.Snapshot();
        Assert.Equal(new[] { Start, Suspend, Resume, End }, snapshot.Events.Select(e => e.Kind));
        Assert.Equal("kettle", snapshot.Events[1].Label);
    }
}
