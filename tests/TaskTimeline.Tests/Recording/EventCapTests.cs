using System.Reflection;

namespace TaskTimeline.Tests.Recording;

public class EventCapTests
{
    [Fact]
    public void Given_a_full_log_whose_claim_counter_is_near_int_MaxValue_When_more_events_arrive_Then_the_cap_holds_and_reading_says_full()
    {
        var timeline = new Timeline("full", capacity: 4);
        using (timeline.Begin("lane")) { }
        var log = typeof(Timeline).GetField("_log", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(timeline)!;
        // As if two billion events had arrived: the counter must not wrap into negative slot indexes.
        log.GetType().GetField("_claimed", BindingFlags.NonPublic | BindingFlags.Instance)!.SetValue(log, int.MaxValue - 1);

        for (int i = 0; i < 10; i++) timeline.Record(0, TimelineEventKind.Resume);

        var error = Assert.Throws<TimelineFullException>(() => timeline.Snapshot());
        Assert.Contains("10 more were dropped", error.Message);
    }

    [Fact]
    public void Given_a_small_cap_When_many_threads_record_past_it_Then_every_extra_event_is_counted_as_dropped()
    {
        var timeline = new Timeline("racing", capacity: 100);
        using (timeline.Begin("lane")) { }   // 2 events

        Parallel.For(0, 4, _ => { for (int i = 0; i < 1000; i++) timeline.Record(0, TimelineEventKind.Resume); });

        var error = Assert.Throws<TimelineFullException>(() => timeline.Snapshot());
        Assert.Contains($"{4000 + 2 - 100:N0} more were dropped", error.Message);
    }
}
