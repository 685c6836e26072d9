using static TaskTimeline.TimelineEventKind;

namespace TaskTimeline.Tests.Checks;

/// <summary>Hand-built timelines: each lane starts on a thread, awaits, and resumes on a thread to end, at given milliseconds.</summary>
internal sealed class Recorded
{
    private readonly List<string> _names = new();
    private readonly List<TimelineEvent> _events = new();

    /// <summary>A lane that runs briefly at <paramref name="start"/>, awaits, waits <paramref name="waitForThread"/> ms once ready, then ends at <paramref name="end"/>.</summary>
    public Recorded Lane(string name, double start, double end, int thread = 1, int resumeThread = 0, double waitForThread = 0, double runFor = 0)
    {
        int id = Add(name);
        double ready = end - waitForThread - runFor;
        _events.Add(new(id, Start, start, thread));
        _events.Add(new(id, Suspend, start, thread));
        _events.Add(new(id, Ready, ready, 0));
        _events.Add(new(id, Resume, ready + waitForThread, resumeThread == 0 ? thread : resumeThread));
        _events.Add(new(id, End, end, resumeThread == 0 ? thread : resumeThread));
        return this;
    }

    /// <summary>A lane that blocked its thread in <c>.Result</c> on <paramref name="awaited"/> from <paramref name="blockAt"/> until just before it ended.</summary>
    public Recorded BlockedOn(string name, string awaited, double start, double blockAt, double end, int thread = 1)
    {
        int id = Add(name);
        _events.Add(new(id, Start, start, thread));
        _events.Add(new(id, Block, blockAt, thread, "blocked: waits for " + awaited));
        _events.Add(new(id, Unblock, end - 1, thread));
        _events.Add(new(id, End, end, thread));
        return this;
    }

    /// <summary>A lane that ran code on one thread from start to end without awaiting (e.g. it blocked).</summary>
    public Recorded Blocking(string name, double start, double end, int thread = 1)
    {
        int id = Add(name);
        _events.Add(new(id, Start, start, thread));
        _events.Add(new(id, End, end, thread));
        return this;
    }

    /// <summary>A lane that started and never ended.</summary>
    public Recorded Unfinished(string name, double start, int thread = 1)
    {
        int id = Add(name);
        _events.Add(new(id, Start, start, thread));
        _events.Add(new(id, Suspend, start, thread));
        return this;
    }

    public TimelineSnapshot Snapshot(string title = "Test", TimelineMode mode = TimelineMode.ThreadPool) =>
        TimelineSnapshot.FromEvents(title, mode, _names, _events);

    private int Add(string name)
    {
        _names.Add(name);
        return _names.Count - 1;
    }
}
