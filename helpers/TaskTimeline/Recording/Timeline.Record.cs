using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace TaskTimeline;

public sealed partial class Timeline
{
    private static readonly AsyncLocal<Timeline?> Current = new();

    private Timeline? _outerRecording;
    private string? _ownerStateMachine;
    private Timeline? _successor;
    private volatile bool _recordingStopped = true;
    private volatile bool _ownerEnded;
    private long _ownerEndedAt;
    private int _openLanes;
    private readonly Dictionary<string, int> _nameUses = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, Task> _faulted = new();

    /// <summary>
    /// Starts recording the code that runs from here on in this async flow: every async method call, <c>Task.Run</c> work item
    /// and <c>Parallel</c> worker becomes a lane, named as the call reads (<c>Brew("Masala")</c>), with its synchronous start,
    /// each suspension, each resumption and the thread it resumed on, and how it ended. Show the returned timeline to see it.
    /// </summary>
    /// <remarks>
    /// Nothing is wrapped: <see cref="SynchronizationContext.Current"/>, <see cref="TaskScheduler.Current"/> and where each
    /// continuation runs stay exactly as they are without the recording (the runtime's own task events are read).
    /// Recording stops at <see cref="Dispose"/>, or by itself once the code that started it and every lane it recorded have
    /// ended (in a notebook: when the cell and the work it started are done). Other cells, other flows and other recordings
    /// never appear in it.
    /// </remarks>
    /// <param name="title">Shown above the chart.</param>
    /// <param name="timeProvider">Source of timestamps.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Timeline Record(string title = "Recording", TimeProvider? timeProvider = null)
    {
        var timeline = new Timeline(title, TimelineMode.ThreadPool, timeProvider)
        {
            _outerRecording = Current.Value,
            _ownerStateMachine = CallerStateMachine(),
            _recordingStopped = false,
        };
        TaskEventRecorder.Attach(timeline);
        // A second recording in the same code takes over: the first one's region ends here (it stops as soon as its own lanes
        // have), and the code's end, which the runtime reports to whichever recording saw the code suspend first, is passed on.
        if (timeline._outerRecording is { } outer && outer._ownerStateMachine == timeline._ownerStateMachine)
        {
            outer.OwnerEnded();
            outer._successor = timeline;
        }
        Current.Value = timeline;
        return timeline;
    }

    /// <summary>Whether this timeline is still recording automatically (see <see cref="Record(string, TimeProvider?)"/>).</summary>
    public bool IsRecording => !_recordingStopped;

    internal static Timeline? CurrentRecording => Current.Value;

    private int? _recordedLoopThread;

    /// <summary>Marks a recording whose code runs under <see cref="EventLoop.Run(Func{Task})"/>: its chart says so.</summary>
    internal void RunsOnEventLoop(int threadId)
    {
        _recordedLoopThread = threadId;
        Mode = TimelineMode.EventLoop;
    }

    internal bool IsRecordingStopped => _recordingStopped;

    /// <summary>When the code that started the recording ended (its task's end, or a later <c>Record</c> in it), or null if not seen.</summary>
    internal long? CodeEndedAt => Interlocked.Read(ref _ownerEndedAt) is var at and not 0 ? at : null;

    internal long Now => _time.GetTimestamp();

    internal bool IsRecordingOwner(string stateMachine) => stateMachine == _ownerStateMachine;

    /// <summary>Whether the task of the code that started the recording is known (its end stops the recording).</summary>
    internal volatile bool OwnerTaskKnown;

    internal int AddAutomaticLane(string name, int parent)
    {
        Interlocked.Increment(ref _openLanes);
        return NewLane(name, parent).Id;
    }

    /// <summary>
    /// A work item was queued in the recording. Whose it is (the code's <c>Task.Run</c> or a library's own) is only known when it
    /// runs, but it keeps the recording open from now on: code that queues work and ends at once has not left nothing behind.
    /// </summary>
    internal void WorkItemQueued() => Interlocked.Increment(ref _openLanes);

    /// <summary>A queued work item runs the code's work: its lane, already counted open since it was queued.</summary>
    internal int AddQueuedWorkItemLane(string name, int parent) => NewLane(name, parent).Id;

    /// <summary>A queued work item turned out to be a library's own: it no longer keeps the recording open.</summary>
    internal void QueuedWorkItemIsNoLane() => AutomaticLaneEnded();

    /// <summary>The name of the lane that shows when the code that started the recording (in a notebook, the cell) blocked a thread.</summary>
    internal const string RecordingCodeLaneName = "(cell)";

    private int _recordingCodeLane = -1;

    /// <summary>
    /// The lane of the code that called <see cref="Record(string, TimeProvider?)"/>, created the first time it blocks: it shows only
    /// the stretches it held its thread in <c>.Result</c> or <c>.Wait()</c>, and never keeps the recording open.
    /// </summary>
    internal int RecordingCodeLane()
    {
        lock (_nameUses)
        {
            if (_recordingCodeLane < 0) _recordingCodeLane = NewLane(RecordingCodeLaneName).Id;
            return _recordingCodeLane;
        }
    }

    /// <summary>Gives a lane its final name; a call made twice with the same arguments gets "#2", "#3", ….</summary>
    internal void RenameAutomaticLane(int lane, string name)
    {
        lock (_laneNames)
        {
            int uses = _nameUses.TryGetValue(name, out var n) ? n + 1 : 1;
            _nameUses[name] = uses;
            _laneNames[lane] = uses == 1 ? name : $"{name} #{uses}";
        }
    }

    /// <summary>Nests a lane under the lane that called it, once the caller is known (callees become lanes before their callers).</summary>
    internal void SetParent(int lane, int parent)
    {
        lock (_laneNames) _parents[lane] = parent;
    }

    internal string LaneName(int lane)
    {
        lock (_laneNames) return _laneNames[lane];
    }

    internal void RecordAt(long timestamp, int lane, TimelineEventKind kind, string? label = null) => _log.TryAppend(timestamp, lane, kind, label);

    internal void NoteFault(int lane, Task task) => _faulted[lane] = task;

    /// <summary>A fault recorded from task events carries no message yet: take it from the task, which holds it by now.</summary>
    private EventLog.Entry[] WithFaultMessages(EventLog.Entry[] entries)
    {
        if (_faulted.IsEmpty) return entries;
        for (int i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Kind == TimelineEventKind.Fault && entry.Label is null && _faulted.TryGetValue(entry.Lane, out var task) && task.Exception is { } error)
            {
                var inner = error.InnerExceptions.Count == 1 ? error.InnerException! : error;
                entries[i] = entry with { Label = inner.GetType().Name + ": " + inner.Message };
            }
        }
        return entries;
    }

    internal void OwnerEnded()
    {
        Interlocked.CompareExchange(ref _ownerEndedAt, Now, 0);
        _ownerEnded = true;
        if (Volatile.Read(ref _openLanes) == 0) StopRecording();
        Volatile.Read(ref _successor)?.OwnerEnded();
    }

    internal void AutomaticLaneEnded()
    {
        if (Interlocked.Decrement(ref _openLanes) == 0 && _ownerEnded) StopRecording();
    }

    private void StopRecording()
    {
        lock (_nameUses)
        {
            if (_recordingStopped) return;
            _recordingStopped = true;
        }
        if (Current.Value == this) Current.Value = _outerRecording;
        TaskEventRecorder.Detach();
    }

    /// <summary>The compiler-generated state machine of the async method that called <see cref="Record(string, TimeProvider?)"/>, if any: its own task is the region, not a lane.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? CallerStateMachine()
    {
        var caller = new StackFrame(2, false).GetMethod()?.DeclaringType;
        return caller is not null && typeof(IAsyncStateMachine).IsAssignableFrom(caller) ? caller.Name : null;
    }
}
