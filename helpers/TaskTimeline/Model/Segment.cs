namespace TaskTimeline;

/// <summary>What a lane was doing during a segment.</summary>
public enum SegmentPhase
{
    /// <summary>Ready to run (queued, or its await completed) and waiting for a thread.</summary>
    Ready,
    /// <summary>Running code on a thread.</summary>
    Running,
    /// <summary>Suspended at an await, holding no thread.</summary>
    Awaiting,
}

/// <summary>How a lane ended.</summary>
public enum LaneOutcome
{
    /// <summary>Still running when the snapshot was taken.</summary>
    Unfinished,
    /// <summary>Ran to completion.</summary>
    Completed,
    /// <summary>Threw an exception.</summary>
    Faulted,
    /// <summary>Was cancelled.</summary>
    Canceled,
}

/// <summary>A stretch of one lane's life, in milliseconds from the timeline's first event.</summary>
/// <param name="Phase">Ready (waiting for a thread), running or awaiting.</param>
/// <param name="StartMs">Start, in ms from the first event.</param>
/// <param name="EndMs">End, in ms from the first event.</param>
/// <param name="ThreadId">The managed thread that ran a <see cref="SegmentPhase.Running"/> segment; 0 otherwise.</param>
/// <param name="Label">The await's label, or the error of a failed lane.</param>
public readonly record struct Segment(SegmentPhase Phase, double StartMs, double EndMs, int ThreadId, string? Label = null)
{
    /// <summary>Length in milliseconds.</summary>
    public double DurationMs => EndMs - StartMs;
}

/// <summary>One lane of a snapshot: its segments in time order and how it ended.</summary>
public sealed record LaneTimeline(int Id, string Name, IReadOnlyList<Segment> Segments, LaneOutcome Outcome, string? Error = null)
{
    /// <summary>The id of the lane whose code made this call (it is nested under it), or null for a lane called from the recorded region itself.</summary>
    public int? ParentId { get; init; }

    /// <summary>When the lane was first asked to run (queued or started).</summary>
    public double StartMs => Segments.Count > 0 ? Segments[0].StartMs : 0;

    /// <summary>When the lane ended (or the snapshot was taken).</summary>
    public double EndMs => Segments.Count > 0 ? Segments[^1].EndMs : 0;

    /// <summary>When the lane's code first ran.</summary>
    public double FirstRunMs => Segments.FirstOrDefault(s => s.Phase == SegmentPhase.Running).StartMs;

    /// <summary>Distinct threads that ran this lane, in order of first use.</summary>
    public IReadOnlyList<int> Threads => Segments.Where(s => s.Phase == SegmentPhase.Running).Select(s => s.ThreadId).Distinct().ToArray();

    /// <summary>Whether the two lanes' lifetimes overlap in time.</summary>
    public bool Overlaps(LaneTimeline other) => StartMs < other.EndMs && other.StartMs < EndMs;
}
