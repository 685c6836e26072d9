namespace TaskTimeline.Tests.Recording;

/// <summary><see cref="Timeline.Record"/>: plain async code, recorded from the runtime's own task events.</summary>
public class AutomaticRecordingTests
{
    private static async Task<string> Brew(string flavor, int steepMs)
    {
        await Task.Delay(steepMs);
        return "a cup of " + flavor;
    }

    [Fact]
    public Task Given_plain_async_calls_When_recorded_Then_each_call_is_a_lane_named_as_written_and_repeats_stay_distinct() => OffTestContext(async () =>
    {
        using var kitchen = Timeline.Record("names");
        await Task.WhenAll(Brew("Masala", 30), Brew("Green", 30), Brew("Masala", 30));
        kitchen.Dispose();

        Assert.Equal(new[] { "Brew(\"Masala\", 30)", "Brew(\"Green\", 30)", "Brew(\"Masala\", 30) #2" }, kitchen.Snapshot().LaneNames);
        Assert.All(kitchen.Snapshot().Lanes, lane => Assert.Equal(LaneOutcome.Completed, lane.Outcome));
    });

    [Fact]
    public Task Given_three_brews_When_awaited_one_by_one_and_with_WhenAll_Then_only_WhenAll_overlaps() => OffTestContext(async () =>
    {
        using var sequential = Timeline.Record("sequential");
        await Brew("Masala", 40);
        await Brew("Green", 40);
        await Brew("Ginger", 40);
        sequential.Dispose();

        using var together = Timeline.Record("WhenAll");
        await Task.WhenAll(Brew("Masala", 40), Brew("Green", 40), Brew("Ginger", 40));
        together.Dispose();

        var one = sequential.Snapshot().Lanes;
        Assert.Equal(3, one.Count);
        Assert.True(one[0].EndMs <= one[1].StartMs && one[1].EndMs <= one[2].StartMs, "sequential brews must not overlap");
        var all = together.Snapshot().Lanes;
        Assert.Equal(3, all.Count);
        Assert.All(all, a => Assert.All(all.Where(b => b != a), b => Assert.True(a.Overlaps(b), $"{a.Name} and {b.Name} should overlap")));
    });

    [Fact]
    public Task Given_work_before_the_first_await_When_recorded_Then_it_runs_on_the_callers_thread_before_the_caller_goes_on() => OffTestContext(async () =>
    {
        int caller = Environment.CurrentManagedThreadId;
        var gate = new TaskCompletionSource();
        async Task Hot()
        {
            Thread.Sleep(20); // synchronous work: the hot start
            await gate.Task;
        }

        using var recording = Timeline.Record("hot");
        var first = Hot();
        var second = Hot();
        gate.SetResult();
        await Task.WhenAll(first, second);
        recording.Dispose();

        var lanes = recording.Snapshot().Lanes;
        var firstRun = lanes[0].Segments[0];
        var secondRun = lanes[1].Segments[0];
        Assert.Equal((SegmentPhase.Running, caller), (firstRun.Phase, firstRun.ThreadId));
        Assert.Equal((SegmentPhase.Running, caller), (secondRun.Phase, secondRun.ThreadId));
        Assert.True(firstRun.EndMs <= secondRun.StartMs, "the second call starts only after the first one reached its await");
        Assert.Equal(SegmentPhase.Awaiting, lanes[0].Segments[1].Phase);
    });

    [Fact]
    public Task Given_a_continuation_When_it_resumes_Then_the_lane_shows_the_thread_the_code_really_ran_on() => OffTestContext(async () =>
    {
        int resumedOn = 0;
        async Task Steep()
        {
            await Task.Delay(20);
            resumedOn = Environment.CurrentManagedThreadId;
        }

        using var recording = Timeline.Record("threads");
        await Steep();
        recording.Dispose();

        var lane = recording.Snapshot().Lanes.Single();
        Assert.Equal(resumedOn, lane.Segments.Last(s => s.Phase == SegmentPhase.Running).ThreadId);
        Assert.Equal("Task.Delay", lane.Segments.Single(s => s.Phase == SegmentPhase.Awaiting).Label);
    });

    [Fact]
    public Task Given_calls_that_throw_or_are_cancelled_When_recorded_Then_the_lanes_end_faulted_with_the_message_or_cancelled() => OffTestContext(async () =>
    {
        async Task Spill()
        {
            await Task.Delay(10);
            throw new InvalidOperationException("boiled over");
        }
        async Task Abandon(CancellationToken token) => await Task.Delay(10_000, token);

        using var recording = Timeline.Record("outcomes");
        await Assert.ThrowsAsync<InvalidOperationException>(Spill);
        using var cancel = new CancellationTokenSource();
        var abandoned = Abandon(cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        recording.Dispose();

        var lanes = recording.Snapshot().Lanes;
        Assert.Equal(LaneOutcome.Faulted, lanes.Single(l => l.Name == "Spill()").Outcome);
        Assert.Equal("InvalidOperationException: boiled over", lanes.Single(l => l.Name == "Spill()").Error);
        Assert.Equal(LaneOutcome.Canceled, lanes.Single(l => l.Name == "Abandon(token)").Outcome);
    });

    [Fact]
    public Task Given_Task_Run_When_recorded_Then_the_work_item_is_a_lane_that_waited_for_and_ran_on_a_pool_thread() => OffTestContext(async () =>
    {
        int ranOn = 0;
        using var recording = Timeline.Record("pool");
        await Task.Run(() => { ranOn = Environment.CurrentManagedThreadId; Thread.Sleep(10); });
        recording.Dispose();

        var lane = recording.Snapshot().Lanes.Single();
        Assert.StartsWith("Task.Run(", lane.Name);
        Assert.Equal(SegmentPhase.Ready, lane.Segments[0].Phase);
        Assert.Equal(ranOn, lane.Segments.Single(s => s.Phase == SegmentPhase.Running).ThreadId);
        Assert.Equal(LaneOutcome.Completed, lane.Outcome);
        Assert.Equal(new[] { TimelineEventKind.Queued, TimelineEventKind.Start, TimelineEventKind.End }, recording.Snapshot().Events.Select(e => e.Kind));
    });

    [Fact]
    public Task Given_work_outside_the_region_and_a_second_recording_When_both_run_Then_each_recording_holds_only_its_own_calls() => OffTestContext(async () =>
    {
        var outsideGate = new TaskCompletionSource();
        async Task Outside() => await outsideGate.Task;
        var outside = Outside(); // started before any recording: never a lane

        var inFlight = new TaskCompletionSource();
        Task<Timeline> other = Task.Run(async () =>
        {
            using var second = Timeline.Record("second");
            var brewing = Brew("Second", 40);
            inFlight.SetResult();
            await brewing;
            return second;
        });
        using var first = Timeline.Record("first");
        await inFlight.Task;
        await Brew("First", 40);
        outsideGate.SetResult();
        await outside;
        first.Dispose();
        var second = await other;

        Assert.Equal(new[] { "Brew(\"First\", 40)" }, first.Snapshot().LaneNames);
        Assert.Equal(new[] { "Brew(\"Second\", 40)" }, second.Snapshot().LaneNames);
    });

    [Fact]
    public Task Given_a_recording_When_the_code_that_started_it_and_its_lanes_have_ended_Then_it_stops_by_itself() => OffTestContext(async () =>
    {
        Timeline? recording = null;
        async Task Cell()
        {
            recording = Timeline.Record("cell");
            await Brew("Masala", 10);
        }

        await Cell();

        Assert.False(recording!.IsRecording);
        Assert.Single(recording.Snapshot().Lanes);
    });

    [Fact]
    public Task Given_code_that_suspended_before_it_started_the_recording_When_it_and_its_lanes_have_ended_Then_the_recording_stops_by_itself() => OffTestContext(async () =>
    {
        Timeline? recording = null;
        async Task Cell()
        {
            await Task.Delay(10);   // the code's task is created at this first suspension, before any recording listens
            recording = Timeline.Record("cell");
            await Brew("Masala", 10);
        }

        await Cell();

        Assert.False(recording!.IsRecording);
        Assert.Equal(new[] { "Brew(\"Masala\", 10)" }, recording.Snapshot().LaneNames);
    });

    [Fact]
    public Task Given_two_recordings_one_after_the_other_in_the_same_code_When_it_ends_Then_both_stop_each_with_its_own_calls() => OffTestContext(async () =>
    {
        Timeline? first = null, second = null;
        async Task Cell()
        {
            first = Timeline.Record("first");
            await Brew("Masala", 10);
            second = Timeline.Record("second");
            await Brew("Green", 10);
        }

        await Cell();

        Assert.False(first!.IsRecording);
        Assert.False(second!.IsRecording);
        Assert.Equal(new[] { "Brew(\"Masala\", 10)" }, first.Snapshot().LaneNames);
        Assert.Equal(new[] { "Brew(\"Green\", 10)" }, second.Snapshot().LaneNames);
    });

    [Fact]
    public Task Given_a_call_into_a_library_async_method_When_recorded_Then_only_the_callers_own_method_is_a_lane() => OffTestContext(async () =>
    {
        var gate = new SemaphoreSlim(0);
        async Task WaitForGate(SemaphoreSlim semaphore) => await semaphore.WaitAsync(); // SemaphoreSlim's own async method suspends here

        using var recording = Timeline.Record("library");
        var waiting = WaitForGate(gate);
        gate.Release();
        await waiting;
        recording.Dispose();

        Assert.Equal(new[] { "WaitForGate(semaphore)" }, recording.Snapshot().LaneNames);
    });

    [Fact]
    public Task Given_two_awaits_in_a_row_When_the_first_completion_is_reported_late_Then_the_second_await_still_shows_as_awaiting() => OffTestContext(async () =>
    {
        async Task Twice()
        {
            await Task.Delay(20);
            await Task.Delay(60);
        }

        using var recording = Timeline.Record("two awaits");
        await Twice();
        recording.Dispose();

        var segments = recording.Snapshot().Lanes.Single().Segments;
        var secondRun = segments.Select((s, i) => (s, i)).Where(x => x.s.Phase == SegmentPhase.Running).ElementAt(1).i;
        Assert.Equal((SegmentPhase.Awaiting, "Task.Delay"), (segments[secondRun + 1].Phase, segments[secondRun + 1].Label));
    });

    [Fact]
    public Task Given_a_parameter_the_compiler_did_not_keep_When_recorded_Then_the_lane_shows_its_name_rather_than_dropping_it() => OffTestContext(async () =>
    {
        async Task Steep(string flavor, int ms)
        {
            await Task.Delay(ms);
        }

        using var recording = Timeline.Record("parameters");
        await Steep("Masala", 10);
        recording.Dispose();

        Assert.Contains(recording.Snapshot().LaneNames.Single(), new[] { "Steep(flavor, 10)", "Steep(\"Masala\", 10)" });
    });
}
