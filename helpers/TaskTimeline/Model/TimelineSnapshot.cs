namespace TaskTimeline;

/// <summary>An immutable copy of a timeline: its events and, per lane, the segments they imply.</summary>
public sealed partial class TimelineSnapshot
{
    private TimelineSnapshot(string title, TimelineMode mode, IReadOnlyList<string> laneNames, IReadOnlyList<TimelineEvent> events, IReadOnlyList<int>? parents, double? codeEndMs)
    {
        Title = title;
        CodeEndMs = codeEndMs;
        Mode = mode;
        LaneNames = laneNames;
        Events = events;
        TotalMs = events.Count == 0 ? 0 : events.Max(e => e.AtMs);
        Lanes = BuildLanes(laneNames, events, TotalMs, parents);
    }

    /// <summary>Shown above the chart.</summary>
    public string Title { get; }

    /// <summary>Where continuations ran.</summary>
    public TimelineMode Mode { get; }

    /// <summary>Milliseconds from the first event to the last.</summary>
    public double TotalMs { get; }

    /// <summary>
    /// When the code that started the recording ended (in a notebook: the cell), in milliseconds on this timeline's clock; null if
    /// it has not ended yet, or ended without ever suspending (the runtime reports no end then). Work still running after it was
    /// left behind by that code.
    /// </summary>
    public double? CodeEndMs { get; }

    /// <summary>Lane names, indexed by lane id.</summary>
    public IReadOnlyList<string> LaneNames { get; }

    /// <summary>Every event, in time order.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; }

    /// <summary>Every lane, in the order they were created.</summary>
    public IReadOnlyList<LaneTimeline> Lanes { get; }

    /// <summary>Distinct threads that ran any lane, in order of first use.</summary>
    public IReadOnlyList<int> Threads => Lanes.SelectMany(l => l.Segments).Where(s => s.Phase == SegmentPhase.Running)
        .OrderBy(s => s.StartMs).Select(s => s.ThreadId).Distinct().ToArray();

    /// <summary>The lane called <paramref name="name"/> (the first, if several share it).</summary>
    public LaneTimeline Lane(string name) => Lanes.FirstOrDefault(l => l.Name == name)
        ?? throw new KeyNotFoundException($"Timeline '{Title}' has no lane named '{name}'. Lanes: {string.Join(", ", LaneNames)}.");

    /// <summary>Builds a snapshot from events already in milliseconds (e.g. read back from JSON).</summary>
    /// <param name="title">Shown above the chart.</param>
    /// <param name="mode">Where continuations ran.</param>
    /// <param name="laneNames">Lane names, indexed by lane id.</param>
    /// <param name="events">The events, in any order.</param>
    /// <param name="parents">Per lane, the id of the lane that called it, or -1 for none; null when nothing is nested.</param>
    /// <param name="codeEndMs">See <see cref="CodeEndMs"/>.</param>
    public static TimelineSnapshot FromEvents(string title, TimelineMode mode, IReadOnlyList<string> laneNames, IEnumerable<TimelineEvent> events, IReadOnlyList<int>? parents = null, double? codeEndMs = null)
    {
        var ordered = events.Select((e, i) => (e, i)).OrderBy(x => x.e.AtMs).ThenBy(x => x.i).Select(x => x.e).ToArray();
        foreach (var e in ordered)
            if (e.Lane < 0 || e.Lane >= laneNames.Count)
                throw new ArgumentException($"Event at {e.AtMs} ms refers to lane {e.Lane}, but the timeline has {laneNames.Count} lanes.", nameof(events));
        if (parents is not null)
        {
            if (parents.Count != laneNames.Count)
                throw new ArgumentException($"{parents.Count} lane parents given for {laneNames.Count} lanes.", nameof(parents));
            for (int lane = 0; lane < parents.Count; lane++)
                if (parents[lane] < -1 || parents[lane] >= laneNames.Count || parents[lane] == lane || IsInCycle(parents, lane))
                    throw new ArgumentException($"Lane {lane} ('{laneNames[lane]}') has parent {parents[lane]}, which is not another lane of this timeline (or -1) without a cycle.", nameof(parents));
        }
        return new TimelineSnapshot(title, mode, laneNames, ordered, parents, codeEndMs);
    }

    private static bool IsInCycle(IReadOnlyList<int> parents, int lane)
    {
        int steps = 0;
        for (int at = parents[lane]; at >= 0 && at < parents.Count; at = parents[at])
            if (at == lane || ++steps > parents.Count) return true;
        return false;
    }

    internal static TimelineSnapshot FromEntries(string title, TimelineMode mode, string[] laneNames, EventLog.Entry[] entries, long frequency, int[] parents, long? codeEnd = null)
    {
        if (entries.Length == 0) return new TimelineSnapshot(title, mode, laneNames, Array.Empty<TimelineEvent>(), parents, null);
        long origin = entries.Min(e => e.Timestamp);
        var events = entries.Select(e => new TimelineEvent(e.Lane, e.Kind, (e.Timestamp - origin) * 1000.0 / frequency, e.ThreadId, e.Label));
        return FromEvents(title, mode, laneNames, events, parents, codeEnd is { } end ? Math.Max(0, end - origin) * 1000.0 / frequency : null);
    }

    /// <inheritdoc/>
    public override string ToString() => TextGantt.Render(this);

    private static LaneTimeline[] BuildLanes(IReadOnlyList<string> names, IReadOnlyList<TimelineEvent> events, double totalMs, IReadOnlyList<int>? parents)
    {
        var perLane = new List<TimelineEvent>[names.Count];
        foreach (var e in events) (perLane[e.Lane] ??= new()).Add(e);
        var lanes = new LaneTimeline[names.Count];
        for (int i = 0; i < names.Count; i++)
            lanes[i] = BuildLane(i, names[i], perLane[i] ?? new(), totalMs) with { ParentId = parents is not null && parents[i] >= 0 ? parents[i] : null };
        return lanes;
    }

    private static LaneTimeline BuildLane(int id, string name, List<TimelineEvent> events, double totalMs)
    {
        var segments = new List<Segment>(events.Count);
        SegmentPhase? open = null;
        double openedAt = 0;
        int thread = 0;
        string? label = null;
        var outcome = LaneOutcome.Unfinished;
        string? error = null;
        bool readyWhileRunning = false; // e.g. Task.Yield: the continuation is posted before the segment ends

        void Open(SegmentPhase phase, double at, int threadId = 0, string? text = null)
        {
            Close(at);
            (open, openedAt, thread, label) = (phase, at, threadId, text);
        }
        void Close(double at)
        {
            if (open is { } phase) segments.Add(new Segment(phase, openedAt, at, thread, label));
            open = null;
        }

        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case TimelineEventKind.Queued: Open(SegmentPhase.Ready, e.AtMs); break;
                case TimelineEventKind.Start:
                case TimelineEventKind.Resume: Open(SegmentPhase.Running, e.AtMs, e.ThreadId); readyWhileRunning = false; break;
                case TimelineEventKind.Suspend:
                    Open(readyWhileRunning ? SegmentPhase.Ready : SegmentPhase.Awaiting, e.AtMs, 0, e.Label);
                    readyWhileRunning = false;
                    break;
                case TimelineEventKind.Ready:
                    if (open == SegmentPhase.Awaiting) Open(SegmentPhase.Ready, e.AtMs, 0, label);
                    else if (open == SegmentPhase.Running) readyWhileRunning = true;
                    break;
                case TimelineEventKind.Block: Open(SegmentPhase.Running, e.AtMs, e.ThreadId, e.Label); break;
                case TimelineEventKind.Unblock: Open(SegmentPhase.Running, e.AtMs, e.ThreadId); break;
                case TimelineEventKind.End: Close(e.AtMs); outcome = LaneOutcome.Completed; break;
                case TimelineEventKind.Fault: Close(e.AtMs); outcome = LaneOutcome.Faulted; error = e.Label; break;
                case TimelineEventKind.Cancel: Close(e.AtMs); outcome = LaneOutcome.Canceled; break;
            }
        }
        Close(totalMs);
        return new LaneTimeline(id, name, segments, outcome, error);
    }
}
