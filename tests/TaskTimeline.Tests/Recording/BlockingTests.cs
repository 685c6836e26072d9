namespace TaskTimeline.Tests.Recording;

/// <summary>Blocking on a task (<c>.Result</c>, <c>.Wait()</c>, <c>GetResult()</c>) shows on the timeline as a thread held while it waits.</summary>
public class BlockingTests
{
    private static async Task<string> Steep(int ms)
    {
        await Task.Delay(ms);
        return "chai";
    }

    [Fact]
    public Task Given_an_async_method_that_reads_Result_of_an_incomplete_task_When_recorded_Then_its_lane_holds_its_thread_blocked_on_that_call() => OffTestContext(async () =>
    {
        async Task<string> Pour()
        {
            var chai = Steep(60);
            string tea = chai.Result;
            await Task.Delay(10);
            return tea;
        }

        using var pouring = Timeline.Record("blocking");
        await Pour();
        pouring.Dispose();

        var pour = pouring.Snapshot().Lane("Pour()");
        var steep = pouring.Snapshot().Lane("Steep(60)");
        var blocked = Assert.Single(pour.Segments, s => s.Label is not null && s.Label.StartsWith("blocked", StringComparison.Ordinal));
        Assert.Equal(SegmentPhase.Running, blocked.Phase);
        Assert.Equal("blocked: waits for Steep(60)", blocked.Label);
        var steeping = steep.Segments.First(s => s.Phase == SegmentPhase.Awaiting);
        Assert.True(blocked.StartMs < steeping.EndMs && blocked.EndMs >= steeping.EndMs, "Pour() is blocked from during the steeping until it ends");
        Assert.Equal(SegmentPhase.Running, pour.Segments[pour.Segments.ToList().IndexOf(blocked) + 1].Phase);
    });

    [Fact]
    public Task Given_the_recording_code_itself_waits_on_a_call_When_recorded_Then_a_cell_lane_shows_only_the_blocked_stretch_and_the_recording_still_stops() => OffTestContext(async () =>
    {
        Timeline? waiting = null;
        async Task Cell()
        {
            waiting = Timeline.Record("the cell blocks");
            Steep(60).Wait();
            await Steep(10);
        }

        await Cell();

        Assert.False(waiting!.IsRecording);
        var snapshot = waiting.Snapshot();
        var cell = snapshot.Lane("(cell)");
        var blocked = Assert.Single(cell.Segments);
        Assert.Equal((SegmentPhase.Running, "blocked: waits for Steep(60)"), (blocked.Phase, blocked.Label));
        Assert.True(blocked.EndMs <= snapshot.Lane("Steep(10)").StartMs + 1, "the cell was blocked before it made the next call");
        Assert.Equal(LaneOutcome.Completed, cell.Outcome);
    });

    [Fact]
    public Task Given_only_awaits_and_Result_of_completed_tasks_When_recorded_Then_nothing_blocks() => OffTestContext(async () =>
    {
        using var awaiting = Timeline.Record("no blocking");
        var chai = Steep(20);
        string tea = await chai;
        string again = chai.Result;
        awaiting.Dispose();

        Assert.DoesNotContain(awaiting.Snapshot().Events, e => e.Kind is TimelineEventKind.Block or TimelineEventKind.Unblock);
        Assert.DoesNotContain("(cell)", awaiting.Snapshot().LaneNames);
        Assert.Equal(tea, again);
    });
}
