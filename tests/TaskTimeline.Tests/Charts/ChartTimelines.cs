using Microsoft.Extensions.Time.Testing;
using static TaskTimeline.TimelineEventKind;

namespace TaskTimeline.Tests.Charts;

/// <summary>Timelines with known times and threads for chart tests.</summary>
internal static class ChartTimelines
{
    /// <summary>
    /// Three chai lanes recorded with fake time, all on one thread: each starts at 0, awaits a 2 s delay labelled
    /// "steeping", resumes and ends at 2000 ms. Returns the snapshot and the thread that ran everything.
    /// </summary>
    public static async Task<(TimelineSnapshot Snapshot, int Thread)> RecordChaiWhenAll()
    {
        // Inside Task.Run there is no SynchronizationContext, so each delay's continuation runs inline on the thread
        // that advances the fake clock: one thread, fully deterministic events.
        return await Task.Run(() =>
        {
            var time = new FakeTimeProvider();
            var timeline = new Timeline("Chai, WhenAll", timeProvider: time);
            var lanes = new[] { "Masala", "Green", "Ginger" }.Select(timeline.Begin).ToArray();
            var steeping = lanes.Select(l => l.Await(Task.Delay(TimeSpan.FromSeconds(2), time), "steeping")).ToArray();
            time.Advance(TimeSpan.FromSeconds(2));
            Task.WaitAll(steeping);
            foreach (var lane in lanes) lane.Dispose();
            return (timeline.Snapshot(), Environment.CurrentManagedThreadId);
        });
    }

    /// <summary>
    /// Two lanes on threads 4 and 7: "fetch" runs 0–10 on 4, awaits 10–200 ("GET /delay"), waits for a thread 200–250,
    /// resumes on 7 250–300; "parse" runs 20–120 on 7, then ends.
    /// </summary>
    /// <summary>FetchBoth() calling Fetch("/a") and Fetch("/b"): a caller that becomes a lane after its callees (it suspends last).</summary>
    public static TimelineSnapshot Nested() => TimelineSnapshot.FromEvents("nested", TimelineMode.ThreadPool, ["FetchBoth()", "Fetch(\"/a\")", "Fetch(\"/b\")"],
    [
        new(1, TimelineEventKind.Start, 0, 7), new(1, TimelineEventKind.Suspend, 1, 7, "Task.Delay"),
        new(2, TimelineEventKind.Start, 1, 7), new(2, TimelineEventKind.Suspend, 2, 7, "Task.Delay"),
        new(0, TimelineEventKind.Start, 0, 7), new(0, TimelineEventKind.Suspend, 2, 7, "Task.WhenAll"),
        new(1, TimelineEventKind.End, 10, 9), new(2, TimelineEventKind.End, 11, 9), new(0, TimelineEventKind.End, 12, 9),
    ], parents: [-1, 0, 0]);

    public static TimelineSnapshot TwoThreads() => TimelineSnapshot.FromEvents("Two threads", TimelineMode.ThreadPool, ["fetch", "parse"],
    [
        new(0, Start, 0, 4), new(0, Suspend, 10, 4, "GET /delay"), new(1, Start, 20, 7), new(1, End, 120, 7),
        new(0, Ready, 200, 0), new(0, Resume, 250, 7), new(0, End, 300, 7),
    ]);

    /// <summary><paramref name="lanes"/> lanes, each starting at i ms on thread 10 + i % 4, awaiting 1000 ms, then ending.</summary>
    public static TimelineSnapshot Many(int lanes, string title = "Many")
    {
        var events = new List<TimelineEvent>(lanes * 5);
        for (int i = 0; i < lanes; i++)
        {
            double start = i % 100;
            int thread = 10 + i % 4;
            events.Add(new(i, Start, start, thread));
            events.Add(new(i, Suspend, start + 0.5, thread));
            events.Add(new(i, Ready, start + 1000, 0));
            events.Add(new(i, Resume, start + 1000, thread));
            events.Add(new(i, End, start + 1001, thread));
        }
        return TimelineSnapshot.FromEvents(title, TimelineMode.ThreadPool, Enumerable.Range(0, lanes).Select(i => $"task {i}").ToArray(), events);
    }
}
