namespace TaskTimeline.Tests.Checks;

[Collection(nameof(ConsoleCapture))]
public class CheckOverlapTests
{
    private static readonly TimelineSnapshot Together = new Recorded()
        .Lane("Masala", 0, 2000).Lane("Green", 1, 2001).Lane("Ginger", 2, 2003).Snapshot("WhenAll");

    private static readonly TimelineSnapshot OneAfterAnother = new Recorded()
        .Lane("Masala", 0, 2000).Lane("Green", 2000, 4000).Lane("Ginger", 4000, 6000).Snapshot("Sequential");

    [Fact]
    public void Given_three_lanes_in_flight_together_When_checked_for_overlap_Then_it_passes_and_prints_one_line_with_the_numbers()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.Overlap(Together, maxTotalMs: 3000));

        Assert.True(result.Passed);
        Assert.Equal("✅ 3 lanes overlap and take at most 3.00 s — all in flight together from 2 ms to 2.00 s; total 2.00 s ≤ 3.00 s", result.ToString());
    }

    [Fact]
    public void Given_lanes_one_after_another_When_checked_for_overlap_Then_it_fails_naming_the_lanes_that_did_not_meet()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.Overlap(OneAfterAnother, maxTotalMs: 3000));

        Assert.False(result.Passed);
        Assert.Equal("❌ Not solved yet: 3 lanes overlap and take at most 3.00 s — 'Ginger' started at 4.00 s, after 'Masala' had ended at 2.00 s; total 6.00 s", result.ToString());
    }

    [Fact]
    public void Given_overlapping_lanes_that_take_too_long_When_checked_with_a_total_Then_it_fails_on_the_total()
    {
        var slow = new Recorded().Lane("A", 0, 5000).Lane("B", 100, 4000).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.Overlap(slow, maxTotalMs: 3000));

        Assert.False(result.Passed);
        Assert.Equal("all in flight together from 100 ms to 4.00 s, but the total is 5.00 s, want ≤ 3.00 s", result.Detail);
    }

    [Fact]
    public void Given_named_lanes_When_checked_for_overlap_Then_only_those_lanes_count()
    {
        var mixed = new Recorded().Lane("caller", 0, 100).Lane("A", 200, 2200).Lane("B", 210, 2210).Snapshot();

        var (all, _) = ConsoleCapture.Run(() => Check.Overlap(mixed));
        var (named, _) = ConsoleCapture.Run(() => Check.Overlap(mixed, null, "A", "B"));

        Assert.False(all.Passed);
        Assert.True(named.Passed);
    }

    [Fact]
    public void Given_a_lane_that_starts_exactly_when_another_ends_When_checked_Then_they_do_not_overlap()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.Overlap(new Recorded().Lane("A", 0, 2000).Lane("B", 2000, 4000).Snapshot()));

        Assert.False(result.Passed);
    }

    [Fact]
    public void Given_an_unfinished_lane_When_checked_Then_it_fails_and_says_to_await_every_task()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.Overlap(new Recorded().Lane("A", 0, 2000).Unfinished("B", 10).Snapshot()));

        Assert.False(result.Passed);
        Assert.Equal("lane 'B' has not finished: await every task before checking", result.Detail);
    }

    [Fact]
    public void Given_a_single_lane_When_checked_for_overlap_Then_it_fails_asking_for_two()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.Overlap(new Recorded().Lane("A", 0, 2000).Snapshot()));

        Assert.False(result.Passed);
        Assert.Equal("found 1 lane; record at least 2", result.Detail);
    }

    [Fact]
    public void Given_an_unknown_lane_name_When_checked_Then_the_error_lists_the_lanes_there_are()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Check.Overlap(Together, null, "Oolong"));

        Assert.Equal("Timeline 'WhenAll' has no lane named 'Oolong'. Lanes: Masala, Green, Ginger.", error.Message);
    }

    [Fact]
    public void Given_lanes_one_after_another_When_checked_as_sequential_Then_it_passes_and_lists_them_in_order()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.Sequential(OneAfterAnother));

        Assert.True(result.Passed);
        Assert.Equal("✅ 3 lanes run one after another — Masala, Green, Ginger in turn; total 6.00 s", result.ToString());
    }

    [Fact]
    public void Given_overlapping_lanes_When_checked_as_sequential_Then_it_fails_naming_the_lane_that_started_early()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.Sequential(Together));

        Assert.False(result.Passed);
        Assert.Equal("'Green' started at 1 ms, while 'Masala' was in flight until 2.00 s", result.Detail);
    }

    [Fact]
    public void Given_batches_of_two_When_checked_for_at_most_two_in_flight_Then_it_passes_with_the_peak()
    {
        var batches = new Recorded().Lane("1", 0, 1000).Lane("2", 0, 1000).Lane("3", 1000, 2000).Lane("4", 1000, 2000).Snapshot();

        var (result, _) = ConsoleCapture.Run(() => Check.InFlight(batches, atMost: 2, atLeast: 2));

        Assert.True(result.Passed);
        Assert.Equal("peak 2 of 4 lanes in flight at 0 ms; total 2.00 s", result.Detail);
    }

    [Fact]
    public void Given_everything_at_once_When_checked_for_a_bound_Then_it_fails_with_the_peak()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.InFlight(Together, atMost: 2));

        Assert.False(result.Passed);
        Assert.Equal("peak 3 of 3 lanes in flight at 2 ms; total 2.00 s, want at most 2", result.Detail);
    }

    [Fact]
    public void Given_one_at_a_time_When_checked_for_at_least_two_in_flight_Then_it_fails_saying_so()
    {
        var (result, _) = ConsoleCapture.Run(() => Check.InFlight(OneAfterAnother, atMost: 2, atLeast: 2));

        Assert.False(result.Passed);
        Assert.Equal("between 2 and 2 lanes in flight at once", result.Name);
        Assert.EndsWith("want at least 2", result.Detail);
    }
}
