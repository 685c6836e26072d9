namespace TaskTimeline.Tests.Recording;

/// <summary><see cref="EventLoop.Run(Func{Task})"/>: one thread runs the code and every continuation, like asyncio.</summary>
public class EventLoopRunTests
{
    private static async Task Steep(int ms) => await Task.Delay(ms);

    private static async Task SteepBlocking(int ms)
    {
        Thread.Sleep(ms);
        await Task.Yield();
    }

    [Fact]
    public Task Given_three_awaits_on_an_event_loop_When_recorded_Then_they_overlap_and_every_segment_runs_on_the_loop_thread() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("loop");
        await EventLoop.Run(() => Task.WhenAll(Steep(60), Steep(60), Steep(60)));
        recording.Dispose();

        var snapshot = recording.Snapshot();
        Assert.Equal(TimelineMode.EventLoop, snapshot.Mode);
        Assert.Equal(3, snapshot.Lanes.Count);
        Assert.Equal(new[] { recording.EventLoopThreadId!.Value }, snapshot.Threads);
        Assert.All(snapshot.Lanes, a => Assert.All(snapshot.Lanes.Where(b => b != a), b => Assert.True(a.Overlaps(b))));
    });

    [Fact]
    public Task Given_blocking_calls_on_an_event_loop_When_recorded_Then_each_runs_only_after_the_previous_gave_the_thread_back() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("frozen loop");
        await EventLoop.Run(() => Task.WhenAll(SteepBlocking(40), SteepBlocking(40), SteepBlocking(40)));
        recording.Dispose();

        var running = recording.Snapshot().Lanes.SelectMany(l => l.Segments).Where(s => s.Phase == SegmentPhase.Running).OrderBy(s => s.StartMs).ToArray();
        for (int i = 1; i < running.Length; i++)
            Assert.True(running[i].StartMs >= running[i - 1].EndMs, "two segments ran at once on a one-thread loop");
    });

    [Fact]
    public async Task Given_code_on_the_loop_When_it_asks_for_its_context_Then_it_has_one_and_returns_to_the_same_thread_after_an_await()
    {
        var (before, after, hasContext) = await EventLoop.Run(async () =>
        {
            int first = Environment.CurrentManagedThreadId;
            await Task.Delay(10);
            return (first, Environment.CurrentManagedThreadId, SynchronizationContext.Current is not null);
        });

        Assert.Equal(before, after);
        Assert.True(hasContext);
    }

    [Fact]
    public async Task Given_main_throws_When_run_Then_the_returned_task_faults_with_that_exception()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => EventLoop.Run(async () =>
        {
            await Task.Yield();
            throw new InvalidOperationException("spilled");
        }));
        Assert.Equal("spilled", ex.Message);
    }
}
