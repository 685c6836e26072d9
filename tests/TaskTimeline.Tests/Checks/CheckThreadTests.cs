namespace TaskTimeline.Tests.Checks;

[Collection(nameof(ConsoleCapture))]
public class CheckThreadTests
{
    [Fact]
    public void Given_every_lane_on_the_loop_thread_When_checked_Then_it_passes_naming_the_thread()
    {
        var loop = new Recorded().Lane("A", 0, 2000, thread: 7).Lane("B", 1, 2001, thread: 7).Snapshot(mode: TimelineMode.EventLoop);

        var (result, _) = ConsoleCapture.Run(() => Check.OnOneThread(loop));

        Assert.True(result.Passed);
        Assert.Equal("✅ every lane runs on one thread — all 2 lanes ran on thread 7", result.ToString());
    }

    [Fact]
    public void Given_lanes_resumed_on_pool_threads_When_checked_for_one_thread_Then_it_fails_listing_the_threads()
    {
        var pool = new Recorded().Lane("A", 0, 2000, thread: 1, resumeThread: 5).Lane("B", 1, 2001, thread: 1, resumeThread: 6).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.OnOneThread(pool));

        Assert.False(result.Passed);
        Assert.Equal("lanes ran on 3 threads (1, 5, 6)", result.Detail);
    }

    [Fact]
    public void Given_a_continuation_that_waited_for_a_thread_When_checked_for_starvation_Then_it_fails_with_the_wait()
    {
        var starved = new Recorded().Lane("A", 0, 2000).Lane("B", 0, 3000, waitForThread: 1000).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.NoStarvation(starved, maxWaitMs: 100));

        Assert.False(result.Passed);
        Assert.Equal("❌ Not solved yet: no lane waits more than 100 ms for a thread — 'B' was ready at 2.00 s but waited 1.00 s for a thread, want ≤ 100 ms", result.ToString());
    }

    [Fact]
    public void Given_short_waits_When_checked_for_starvation_Then_it_passes_with_the_longest()
    {
        var fine = new Recorded().Lane("A", 0, 2000, waitForThread: 3).Lane("B", 0, 2000, waitForThread: 12).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.NoStarvation(fine, maxWaitMs: 100));

        Assert.True(result.Passed);
        Assert.Equal("longest wait 12 ms ('B'); total 2.00 s", result.Detail);
    }

    [Fact]
    public void Given_no_waits_at_all_When_checked_for_starvation_Then_it_passes()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.NoStarvation(new Recorded().Lane("A", 0, 2000).Snapshot()));

        Assert.True(result.Passed);
        Assert.Equal("no lane ever waited for a thread; total 2.00 s", result.Detail);
    }

    [Fact]
    public void Given_a_lane_that_blocked_its_thread_When_checked_for_holding_no_thread_Then_it_fails_with_the_running_time()
    {
        var blocked = new Recorded().Blocking("caller", 0, 2000).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.HoldsNoThread(blocked, "caller", maxRunningMs: 100));

        Assert.False(result.Passed);
        Assert.Equal("it held a thread for 2.00 s of its 2.00 s, want ≤ 100 ms: something blocks instead of awaiting", result.Detail);
    }

    [Fact]
    public void Given_a_lane_recorded_blocking_on_a_call_When_checked_for_holding_no_thread_Then_it_fails_naming_what_it_blocked_on()
    {
        var blocked = new Recorded().BlockedOn("Pour()", "Steep()", 0, 1, 2001).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.HoldsNoThread(blocked, "Pour()", maxRunningMs: 100));

        Assert.False(result.Passed);
        Assert.Equal("it held a thread for 2.00 s of its 2.00 s, want ≤ 100 ms: it blocked waiting for Steep() for 2.00 s instead of awaiting it", result.Detail);
    }

    [Fact]
    public void Given_a_lane_that_awaited_When_checked_for_holding_no_thread_Then_it_passes()
    {
        var awaited = new Recorded().Lane("caller", 0, 2000, runFor: 5).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.HoldsNoThread(awaited, "caller"));

        Assert.True(result.Passed);
        Assert.Equal("it ran code for 5 ms of its 2.00 s; the rest it spent awaiting, on no thread", result.Detail);
    }

    [Fact]
    public void Given_two_jobs_computing_at_once_When_checked_for_parallelism_Then_it_passes_with_the_peak()
    {
        var parallel = new Recorded().Blocking("job 1", 0, 500, thread: 4).Blocking("job 2", 10, 520, thread: 5).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.InParallel(parallel));

        Assert.True(result.Passed);
        Assert.Equal("✅ at least 2 lanes compute at the same time — peak 2 of 2 lanes running at once (at 10 ms) on 2 threads; total 520 ms", result.ToString());
    }

    [Fact]
    public void Given_lanes_in_flight_together_but_computing_in_turn_When_checked_for_parallelism_Then_it_fails()
    {
        // Like async lanes on an event loop: both started and awaited together, then computed one after the other.
        var inTurn = new Recorded().Lane("job 1", 0, 500, thread: 7, runFor: 240).Lane("job 2", 0, 740, thread: 7, runFor: 240).Snapshot(mode: TimelineMode.EventLoop);

        var (result, _) = ConsoleCapture.Run(() => Check.InParallel(inTurn));

        Assert.False(result.Passed);
        Assert.Equal("peak 1 of 2 lanes running at once (at 260 ms) on 1 thread; total 740 ms, want 2", result.Detail);
    }
}
