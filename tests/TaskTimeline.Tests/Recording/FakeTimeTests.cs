using Microsoft.Extensions.Time.Testing;
using static TaskTimeline.TimelineEventKind;

namespace TaskTimeline.Tests.Recording;

public class FakeTimeTests
{
    [Fact]
    public async Task Given_fake_time_When_three_lanes_delay_two_seconds_together_Then_the_timeline_says_exactly_2000_ms()
    {
        var time = new FakeTimeProvider();
        var timeline = new Timeline("WhenAll", timeProvider: time);
        Task Brew() => Task.Delay(TimeSpan.FromSeconds(2), time);
        var all = Task.WhenAll(timeline.Lane("Masala", Brew), timeline.Lane("Green", Brew), timeline.Lane("Ginger", Brew));
        time.Advance(TimeSpan.FromSeconds(2));
        await all;

        var snapshot = timeline.Snapshot();
        Assert.Equal(2000, snapshot.TotalMs);
        Assert.All(snapshot.Lanes, l => Assert.Equal((0, 2000), (l.StartMs, l.EndMs)));
        Assert.All(snapshot.Lanes, l => Assert.Equal(2000, l.Segments.Where(s => s.Phase != SegmentPhase.Running).Sum(s => s.DurationMs)));
    }

    [Fact]
    public async Task Given_fake_time_When_time_advances_between_events_Then_each_event_has_the_exact_timestamp()
    {
        var time = new FakeTimeProvider();
        var timeline = new Timeline(timeProvider: time);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        time.Advance(TimeSpan.FromMilliseconds(5)); // the origin is the first event, not the provider's start
        var lane = timeline.Lane("brew", async () => await gate.Task);
        time.Advance(TimeSpan.FromMilliseconds(250));
        gate.SetResult();
        await lane;

        var events = timeline.Snapshot().Events;
        Assert.Equal(new[] { (Start, 0.0), (Suspend, 0.0), (Ready, 250.0), (Resume, 250.0), (End, 250.0) },
            events.Select(e => (e.Kind, e.AtMs)));
    }
}
