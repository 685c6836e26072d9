namespace TaskTimeline.Tests.Recording;

public class EventLoopTests
{
    [Fact]
    public async Task Given_event_loop_mode_When_lanes_await_Then_every_running_segment_is_on_the_loop_thread()
    {
        using var timeline = new Timeline("loop", TimelineMode.EventLoop);
        async Task Brew() { await Task.Yield(); await Task.Delay(1); }
        await Task.WhenAll(timeline.Lane("A", Brew), timeline.Lane("B", Brew), timeline.Lane("C", Brew));

        var running = timeline.Snapshot().Lanes.SelectMany(l => l.Segments).Where(s => s.Phase == SegmentPhase.Running).ToList();
        Assert.NotEmpty(running);
        Assert.All(running, s => Assert.Equal(timeline.EventLoopThreadId, s.ThreadId));
    }

    [Fact]
    public async Task Given_event_loop_mode_When_one_lane_blocks_with_Thread_Sleep_Then_no_other_lane_runs_until_it_ends()
    {
        using var timeline = new Timeline("loop", TimelineMode.EventLoop);
        var blocker = timeline.Lane("blocker", async () => { await Task.Yield(); Thread.Sleep(20); });
        var other = timeline.Lane("other", async () => { await Task.Yield(); });
        await Task.WhenAll(blocker, other);

        var snapshot = timeline.Snapshot();
        var blockerEnd = snapshot.Lane("blocker").EndMs;
        var otherResumes = snapshot.Lane("other").Segments.Where(s => s.Phase == SegmentPhase.Running).Skip(1).ToList();
        Assert.NotEmpty(otherResumes);
        Assert.All(otherResumes, s => Assert.True(s.StartMs >= blockerEnd, $"'other' resumed at {s.StartMs} ms while 'blocker' ran until {blockerEnd} ms"));
        Assert.Contains(snapshot.Lane("other").Segments, s => s.Phase == SegmentPhase.Ready);
    }

    [Fact]
    public async Task Given_thread_pool_mode_When_one_lane_blocks_Then_another_lane_still_resumes_on_another_thread()
    {
        var timeline = new Timeline("pool");
        using var otherResumed = new ManualResetEventSlim();
        var blocker = timeline.Lane("blocker", async () =>
        {
            await Task.Yield();
            // Blocks its pool thread until 'other' has resumed: only possible when continuations run in parallel.
            Assert.True(otherResumed.Wait(TimeSpan.FromSeconds(30)), "'other' never resumed while 'blocker' held its thread");
        });
        var other = timeline.Lane("other", async () => { await Task.Yield(); otherResumed.Set(); });
        await Task.WhenAll(blocker, other);

        var snapshot = timeline.Snapshot();
        var blockerThread = snapshot.Lane("blocker").Segments.Last(s => s.Phase == SegmentPhase.Running).ThreadId;
        var otherThread = snapshot.Lane("other").Segments.Last(s => s.Phase == SegmentPhase.Running).ThreadId;
        Assert.NotEqual(blockerThread, otherThread);
    }

    [Fact]
    public async Task Given_event_loop_mode_When_lanes_are_started_from_outside_Then_they_are_queued_and_start_in_call_order()
    {
        using var timeline = new Timeline("loop", TimelineMode.EventLoop);
        await Task.WhenAll(timeline.Lane("first", () => Task.CompletedTask), timeline.Lane("second", () => Task.CompletedTask));

        var starts = timeline.Snapshot().Events.Where(e => e.Kind == TimelineEventKind.Start).Select(e => e.Lane).ToList();
        Assert.Equal(new[] { 0, 1 }, starts);
        Assert.All(timeline.Snapshot().Lanes, l => Assert.Equal(SegmentPhase.Ready, l.Segments[0].Phase));
    }
}
