using System.Diagnostics;
using System.Diagnostics.Tracing;

namespace TaskTimeline.Benchmarks.Recorder;

/// <summary>
/// The alternative design: learn about awaits from the runtime's own task events instead of a synchronization context.
/// Each TplEventSource event becomes the same record the timeline keeps (timestamp, lane = task id, kind, thread, label),
/// appended to the same lock-free log, so the difference from <see cref="Timeline"/> is the event pipeline alone.
/// </summary>
internal sealed class TplRecordingListener : EventListener
{
    /// <summary>TaskTransfer | Tasks | AsyncCausalityOperation | AsyncCausalitySynchronousWork (see docs/benchmarks.md).</summary>
    private const EventKeywords TaskKeywords = (EventKeywords)0x2B;
    private const string TplEventSourceName = "System.Threading.Tasks.TplEventSource";

    private EventLog _log = new(1 << 20);
    private int _recorded;

    public int Recorded => Volatile.Read(ref _recorded);

    /// <summary>Starts a fresh log (the old one is garbage), so a long benchmark never fills it.</summary>
    public void Reset()
    {
        _log = new EventLog(1 << 20);
        Volatile.Write(ref _recorded, 0);
    }

    public int Count => _log.Count;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == TplEventSourceName) EnableEvents(source, EventLevel.Informational, TaskKeywords);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        long now = Stopwatch.GetTimestamp();
        var kind = e.EventName switch
        {
            "TraceOperationBegin" => TimelineEventKind.Start,
            "TaskWaitBegin" => TimelineEventKind.Suspend,
            "TaskWaitEnd" or "TaskWaitContinuationComplete" => TimelineEventKind.Ready,
            "TraceSynchronousWorkBegin" or "TaskWaitContinuationStarted" => TimelineEventKind.Resume,
            "TraceOperationEnd" => TimelineEventKind.End,
            _ => TimelineEventKind.None,
        };
        if (kind == TimelineEventKind.None) return;
        int lane = TaskId(e);
        string? label = kind == TimelineEventKind.Start ? e.Payload?[1] as string : null;
        if (_log.TryAppend(now, lane, kind, label)) Interlocked.Increment(ref _recorded);
    }

    private static int TaskId(EventWrittenEventArgs e)
    {
        var names = e.PayloadNames;
        if (names is null || e.Payload is null) return 0;
        for (int i = 0; i < names.Count; i++)
            if (names[i] == "TaskID" || names[i] == "TaskId") return e.Payload[i] is int id ? id : 0;
        return 0;
    }
}
