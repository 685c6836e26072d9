namespace TaskTimeline;

/// <summary>What a <see cref="TimelineChart"/> shows.</summary>
internal enum TimelineView
{
    /// <summary>One row per lane: running (coloured by thread), awaiting, waiting for a thread.</summary>
    Gantt,
    /// <summary>One row per thread: which lane ran on it when.</summary>
    Threads,
}
