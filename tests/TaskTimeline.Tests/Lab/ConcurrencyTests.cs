using Microsoft.Extensions.Time.Testing;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>Lesson 4's claim: three GETs through one HttpClient run at the same time, on the client's timeline and on the server.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Three_concurrent_gets_all_start_before_any_completes()
    {
        // Given a lab server whose delays end only when the test moves the clock
        var clock = new FakeTimeProvider();
        await using var lab = await LabServerFixture.StartAsync(clock);
        using var signals = new ServerSignals(lab.Stats);
        using var http = new HttpClient();
        using var timeline = new Timeline("three GETs");

        // When three lanes each GET /delay/2 and the clock moves only once all three are waiting on the server
        var gets = Enumerable.Range(1, 3)
            .Select(i => timeline.Lane($"GET {i}", async () => await http.GetStringAsync(lab.Url("/delay/2")).Labeled("GET /delay/2")))
            .ToArray();
        await signals.Started(3, "the three requests were not under way at the same time");
        clock.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(gets);

        // Then every lane started and suspended before any lane ended, and the server saw three at once
        var snapshot = timeline.Snapshot();
        double lastStart = snapshot.Events.Where(e => e.Kind == TimelineEventKind.Start).Max(e => e.AtMs);
        double lastSuspend = snapshot.Events.Where(e => e.Kind == TimelineEventKind.Suspend).Max(e => e.AtMs);
        double firstEnd = snapshot.Events.Where(e => e.Kind == TimelineEventKind.End).Min(e => e.AtMs);
        Assert.True(lastStart <= firstEnd && lastSuspend <= firstEnd, $"A lane ended before all had started and suspended:\n{snapshot}");
        Assert.All(snapshot.Lanes, lane => Assert.Equal(LaneOutcome.Completed, lane.Outcome));
        Assert.All(snapshot.Lanes, lane => Assert.Contains(lane.Segments, s => s.Phase == SegmentPhase.Awaiting && s.Label == "GET /delay/2"));
        Assert.True(snapshot.Lane("GET 1").Overlaps(snapshot.Lane("GET 3")));
        Assert.Equal(3, lab.Stats.PeakDelaysInFlight);
        Assert.Equal(3, lab.Stats.DelaysCompleted);
    }

    [Fact]
    public async Task Sequential_gets_never_overlap_on_the_server()
    {
        // Given the same server and a client that awaits each GET before sending the next
        var clock = new FakeTimeProvider();
        await using var lab = await LabServerFixture.StartAsync(clock);
        using var http = new HttpClient();

        // When each delay is released as soon as it starts
        for (int i = 1; i <= 3; i++)
        {
            using var signals = new ServerSignals(lab.Stats);
            var get = http.GetStringAsync(lab.Url("/delay/2"));
            await signals.Started(1, $"GET {i} never reached the server");
            clock.Advance(TimeSpan.FromSeconds(2));
            await get;
        }

        // Then the server never had more than one delay at a time: the contrast the lesson draws
        Assert.Equal(1, lab.Stats.PeakDelaysInFlight);
        Assert.Equal(3, lab.Stats.DelaysCompleted);
    }
}
