namespace TaskTimeline;

/// <summary>What happened to a lane at one instant.</summary>
public enum TimelineEventKind : byte
{
    /// <summary>Not yet written (never seen in a snapshot).</summary>
    None = 0,
    /// <summary>The lane was asked to start but waits for a thread (pool or event loop).</summary>
    Queued,
    /// <summary>The lane's code began running.</summary>
    Start,
    /// <summary>The lane reached an incomplete await and gave its thread back.</summary>
    Suspend,
    /// <summary>What the lane awaited completed; its continuation waits for a thread.</summary>
    Ready,
    /// <summary>The lane's continuation began running on a thread.</summary>
    Resume,
    /// <summary>The lane finished successfully.</summary>
    End,
    /// <summary>The lane finished with an exception.</summary>
    Fault,
    /// <summary>The lane was cancelled.</summary>
    Cancel,
    /// <summary>The lane's thread blocked in <c>.Result</c>, <c>.Wait()</c> or <c>GetResult()</c> on an incomplete task: held, doing nothing.</summary>
    Block,
    /// <summary>The task the lane blocked on completed: the lane runs on, on the same thread.</summary>
    Unblock,
}

/// <summary>How a timeline runs continuations.</summary>
public enum TimelineMode
{
    /// <summary>As .NET does by default: continuations run on thread-pool threads.</summary>
    ThreadPool,
    /// <summary>Like Python's asyncio: every lane and continuation runs on one dedicated thread.</summary>
    EventLoop,
}

/// <summary>One recorded event, with its time in milliseconds from the timeline's first event.</summary>
public readonly record struct TimelineEvent(int Lane, TimelineEventKind Kind, double AtMs, int ThreadId, string? Label = null);
