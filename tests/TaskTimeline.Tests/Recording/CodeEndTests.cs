namespace TaskTimeline.Tests.Recording;

/// <summary><see cref="TimelineSnapshot.CodeEndMs"/>: when the code that started a recording ended, so work it left behind shows.</summary>
public class CodeEndTests
{
    private static int Compute(ManualResetEventSlim gate)
    {
        gate.Wait();
        return 42;
    }

    private static async Task StopsAsync(Timeline recording)
    {
        for (int wait = 0; wait < 400 && recording.IsRecording; wait++) await Task.Delay(25);
        Assert.False(recording.IsRecording, "the recording should stop once the code and its work have ended");
    }

    [Fact]
    public Task Given_code_that_awaits_its_work_When_it_ends_Then_every_lane_ended_before_the_code_did() => OffTestContext(async () =>
    {
        using var gate = new ManualResetEventSlim();
        Timeline? recording = null;
        async Task<int> Cell()
        {
            recording = Timeline.Record("awaited");
            var work = Task.Run(() => Compute(gate));
            gate.Set();
            return await work;
        }

        await Cell();
        await StopsAsync(recording!);

        var snapshot = recording!.Snapshot();
        Assert.NotNull(snapshot.CodeEndMs);
        Assert.NotEmpty(snapshot.Lanes);
        Assert.All(snapshot.Lanes, lane => Assert.True(lane.EndMs <= snapshot.CodeEndMs, $"{lane.Name} ended at {lane.EndMs} ms, after the code ({snapshot.CodeEndMs} ms)"));
    });

    [Fact]
    public Task Given_code_that_starts_work_without_awaiting_it_When_the_work_ends_later_Then_its_lane_runs_past_the_code_end() => OffTestContext(async () =>
    {
        using var gate = new ManualResetEventSlim();
        Timeline? recording = null;
        async Task Cell()
        {
            recording = Timeline.Record("left behind");
            await Task.Delay(1);
            _ = Task.Run(() => Compute(gate));   // fire and forget: the code ends while it runs
        }

        await Cell();
        gate.Set();
        await StopsAsync(recording!);

        var snapshot = recording!.Snapshot();
        var leftBehind = Assert.Single(snapshot.Lanes);
        Assert.NotNull(snapshot.CodeEndMs);
        Assert.True(leftBehind.EndMs > snapshot.CodeEndMs, $"{leftBehind.Name} ended at {leftBehind.EndMs} ms, the code at {snapshot.CodeEndMs} ms");
        Assert.Contains(leftBehind.Segments, s => s.Phase == SegmentPhase.Running && s.EndMs > snapshot.CodeEndMs);
    });

    [Fact]
    public Task Given_code_that_never_suspends_When_it_ends_Then_its_end_is_unknown() => OffTestContext(async () =>
    {
        Timeline? recording = null;
#pragma warning disable CS1998 // the point: an async method that completes without suspending reports no end to the runtime's events
        async Task Cell() => recording = Timeline.Record("synchronous");
#pragma warning restore CS1998

        await Cell();

        Assert.Null(recording!.Snapshot().CodeEndMs);
        recording.Dispose();
    });
}
