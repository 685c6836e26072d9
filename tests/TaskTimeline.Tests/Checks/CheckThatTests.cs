using Microsoft.Extensions.Time.Testing;

namespace TaskTimeline.Tests.Checks;

[Collection(nameof(ConsoleCapture))]
public class CheckThatTests
{
    [Theory]
    [InlineData(true, "✅ every failure is reported — 2 of 2 messages")]
    [InlineData(false, "❌ Not solved yet: every failure is reported — 2 of 2 messages")]
    public void Given_a_condition_When_checked_Then_it_returns_the_line_with_the_mark_and_prints_nothing(bool condition, string expected)
    {
        var (result, printed) = ConsoleCapture.Run(() => Check.That("every failure is reported", condition, "2 of 2 messages"));

        Assert.Equal(condition, result.Passed);
        Assert.Equal("", printed); // the cell shows the returned result; printing it too would show it twice
        Assert.Equal(expected, result.ToString());
    }

    [Fact]
    public void Given_a_total_over_the_limit_When_checked_Then_it_fails_with_both_numbers()
    {
        var slow = new Recorded().Lane("A", 0, 6000).Snapshot("Sequential");

        var (result, _) = ConsoleCapture.Run(() => Check.TotalUnder(slow, 3000));

        Assert.False(result.Passed);
        Assert.Equal("'Sequential' takes at most 3.00 s", result.Name);
        Assert.Equal("total 6.00 s, want ≤ 3.00 s", result.Detail);
    }

    [Fact]
    public async Task Given_a_live_timeline_on_fake_time_When_checked_Then_the_timeline_overloads_read_its_snapshot()
    {
        var time = new FakeTimeProvider();
        var timeline = new Timeline("WhenAll", timeProvider: time);
        Task Brew() => Task.Delay(TimeSpan.FromSeconds(2), time);
        var all = Task.WhenAll(timeline.Lane("Masala", Brew), timeline.Lane("Green", Brew));
        time.Advance(TimeSpan.FromSeconds(2));
        await all;

        var (overlap, _) = ConsoleCapture.Run(() => Check.Overlap(timeline, maxTotalMs: 3000));
        var (total, _) = ConsoleCapture.Run(() => Check.TotalUnder(timeline, 2000));
        var (inFlight, _) = ConsoleCapture.Run(() => Check.InFlight(timeline, atMost: 2, atLeast: 2));

        Assert.Equal("all in flight together from 0 ms to 2.00 s; total 2.00 s ≤ 3.00 s", overlap.Detail);
        Assert.True(total.Passed);
        Assert.True(inFlight.Passed);
    }
}
