using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Runtime.CompilerServices;

namespace TaskTimeline;

/// <summary>
/// Turns the runtime's own task events (TplEventSource, read in-process) into lanes of the recordings they belong to.
/// The code under study runs exactly as it would unrecorded: no synchronization context, no scheduler, no wrapper of ours.
/// </summary>
/// <remarks>
/// <para>An in-process listener is called synchronously on the thread that raised the event, so the thread id is the
/// thread that ran the code, and the recording a new task belongs to is read from the <see cref="AsyncLocal{T}"/> that
/// <see cref="Timeline.Record(string, TimeProvider?)"/> set. Later events of that task are routed by task id.</para>
/// <para>What the events give: an async method's task appears at its first real suspension ("Async: &lt;Brew&gt;d__3"),
/// then each await (TaskWaitBegin, with the awaited task), each resumption (TraceSynchronousWorkBegin on the resuming
/// thread), and its end with a status. The synchronous start is not an event: it is taken as the previous recorded
/// event on the same thread (the previous call's suspension, a resumption, or the start of the recording), which is
/// exact when the caller does no work of its own between calls.</para>
/// <para>The source is enabled only while at least one recording is active, so unrecorded code pays nothing.</para>
/// </remarks>
internal sealed class TaskEventRecorder : EventListener
{
    private const string TplSourceName = "System.Threading.Tasks.TplEventSource";
    // TaskTransfer | Tasks | AsyncCausalityOperation | AsyncCausalitySynchronousWork
    private const EventKeywords TaskKeywords = (EventKeywords)0x2B;
    private const int TaskWaitBegin = 10, TaskWaitEnd = 11, TraceOperationBegin = 14, TraceOperationEnd = 15, SynchronousWorkBegin = 17, SynchronousWorkEnd = 18;
    private const int CompletionNotificationWork = 0, ExecutionWork = 2;
    private const int SynchronousWait = 1;
    private const int StatusCanceled = 2, StatusError = 3;

    private static readonly object Gate = new();
    private static TaskEventRecorder? s_listener;
    private static EventSource? s_tplSource;
    private static int s_activeRecordings;
    private static readonly ConcurrentDictionary<int, TrackedTask> Tracked = new();

    [ThreadStatic] private static Frame[]? t_frames;
    [ThreadStatic] private static int t_depth;
    [ThreadStatic] private static Timeline? t_cursorOwner;
    [ThreadStatic] private static long t_cursor;
    [ThreadStatic] private static List<Blocked>? t_blocked;
    [ThreadStatic] private static TrackedTask? t_justCreated;
    [ThreadStatic] private static List<PendingChild>? t_pendingChildren;

    private TaskEventRecorder() { }

    /// <summary>Starts routing task events to <paramref name="timeline"/>'s lanes; the first active recording enables the source.</summary>
    public static void Attach(Timeline timeline)
    {
        bool first = false;
        lock (Gate)
        {
            if (s_activeRecordings++ == 0)
            {
                ActiveTasks.Acquire();
                first = s_listener is null;
                s_listener ??= new TaskEventRecorder();
                if (s_tplSource is { } source) s_listener.EnableEvents(source, EventLevel.Verbose, TaskKeywords);
            }
        }
        if (first) WarmUp();
        MarkCursor(timeline, timeline.Now);
    }

    /// <summary>
    /// The first event a source raises builds its metadata (tens of milliseconds), and naming a lane runs reflection and a
    /// regular expression for the first time: pay both here, outside any recording, rather than inside the first recorded call.
    /// </summary>
    private static void WarmUp()
    {
        static async Task Suspend(string text, int number) => await Task.Delay(1);
        var suspended = Suspend("text", 1);
        CallNames.CallOf(ActiveTasks.Find(suspended.Id), "<WarmUp>d__0");
        CallNames.IsTopLevelCode("<<Initialize>>d__0");
        suspended.Wait();
    }

    /// <summary>Stops a recording; the last one to stop disables the source again.</summary>
    public static void Detach()
    {
        lock (Gate)
        {
            if (--s_activeRecordings > 0) return;
            if (s_tplSource is { } source) s_listener?.DisableEvents(source);
            ActiveTasks.Release();
        }
        foreach (var (id, tracked) in Tracked)
            if (tracked.Timeline.IsRecordingStopped) Tracked.TryRemove(id, out _);
    }

    /// <summary>Whether any recording is active (the source is enabled).</summary>
    internal static bool IsListening
    {
        get { lock (Gate) return s_activeRecordings > 0; }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name != TplSourceName) return;
        // Called from the base constructor too, before this instance is published: remember the source, enable it if needed.
        lock (Gate)
        {
            s_tplSource = eventSource;
            if (s_activeRecordings > 0) EnableEvents(eventSource, EventLevel.Verbose, TaskKeywords);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        var payload = e.Payload;
        if (payload is null) return;
        switch (e.EventId)
        {
            case TraceOperationBegin: OnTaskCreated((int)payload[0]!, (string)payload[1]!); break;
            case TaskWaitBegin when Convert.ToInt32(payload[3]) == SynchronousWait: OnBlock(awaited: (int)payload[2]!); break;
            case TaskWaitBegin: OnAwait(awaited: (int)payload[2]!, awaiter: (int)payload[4]!); break;
            case TaskWaitEnd: OnUnblock(awaited: (int)payload[2]!); break;
            case TraceOperationEnd: OnTaskEnded((int)payload[0]!, Convert.ToInt32(payload[1])); break;
            case SynchronousWorkBegin: OnRunBegin((int)payload[0]!, Convert.ToInt32(payload[1])); break;
            case SynchronousWorkEnd: OnRunEnd(); break;
        }
    }

    private static void OnTaskCreated(int taskId, string operation)
    {
        var timeline = Timeline.CurrentRecording;
        if (timeline is null || timeline.IsRecordingStopped) return;
        long now = timeline.Now;
        TrackedTask tracked;
        if (operation.StartsWith("Async: ", StringComparison.Ordinal))
        {
            var stateMachine = operation[7..];
            if (timeline.IsRecordingOwner(stateMachine) || CallNames.IsTopLevelCode(stateMachine))
            {
                tracked = new TrackedTask(timeline, TrackedKind.Owner, stateMachine);
                timeline.OwnerTaskKnown = true;
            }
            else
                // Whether it is the learner's code or the framework's (HttpClient's own async methods) is decided at its first
                // await, when the runtime's table holds its state machine. The task appears as the method suspends for the first
                // time; its synchronous start is the previous recorded event on this thread.
                tracked = new TrackedTask(timeline, TrackedKind.AsyncMethod, stateMachine)
                {
                    StartAt = t_cursorOwner == timeline ? t_cursor : now,
                    PendingSuspendAt = now,
                    Suspended = true,
                    Parent = Parent(timeline),
                };
            t_justCreated = tracked;
        }
        else if (operation.StartsWith("Task: ", StringComparison.Ordinal))
        {
            // Whose work item it is (the learner's Task.Run, Parallel's workers, or a library's own) is decided when it runs.
            tracked = new TrackedTask(timeline, TrackedKind.WorkItem, operation[6..]) { StartAt = now, Parent = Parent(timeline) };
            timeline.WorkItemQueued();
        }
        else
        {
            tracked = new TrackedTask(timeline, TrackedKind.Awaitable, operation);
        }
        Tracked[taskId] = tracked;
    }

    /// <summary>A work item starts running: a lane (queued since it was created) unless it is a library's own.</summary>
    private static void DecideWorkItem(TrackedTask item, int taskId)
    {
        if (item.Decided) return;
        item.Decided = true;
        var name = CallNames.WorkItemOf(ActiveTasks.Find(taskId), item.Name);
        if (name is null)
        {
            item.Kind = TrackedKind.Awaitable;
            item.Timeline.QueuedWorkItemIsNoLane();
            return;
        }
        item.BecomeLane(item.Timeline.AddQueuedWorkItemLane(name, item.Parent));
        item.Timeline.RecordAt(item.StartAt, item.Lane, TimelineEventKind.Queued);
    }

    /// <summary>An async method's first await: a lane if it is the learner's code, else something lanes await (named by its method).</summary>
    private static void Decide(TrackedTask method, int taskId)
    {
        if (method.Kind == TrackedKind.WorkItem)
        {
            DecideWorkItem(method, taskId);
            return;
        }
        if (method.Decided) return;
        method.Decided = true;
        var box = ActiveTasks.Find(taskId);
        if (!CallNames.IsUserCode(box))
        {
            method.Kind = TrackedKind.Awaitable;
            method.Label = CallNames.MethodOf(method.Name);
            method.PendingSuspendAt = 0;
            ClaimBlocks(method);
            return;
        }
        method.Task = box;
        var timeline = method.Timeline;
        // Still on the stack of its first suspension: its caller's frame is right below it.
        var frame = t_justCreated == method ? CallerFrame.Of(method.Name) : null;
        var runningCaller = frame?.RunningLaneOfCaller(t_frames, t_depth, timeline);
        if (runningCaller is { } caller) method.Parent = caller;
        // A library's async method (Parallel.ForEachAsync's worker) calling the learner's lambda is no lane: the call is a root,
        // even when that worker resumed inline inside some lane's run.
        else if (frame?.CallerIsRecordedRegion(timeline) == true || frame?.CallerIsLibrary == true) method.Parent = -1;
        method.BecomeLane(timeline.AddAutomaticLane(CallNames.MethodOf(method.Name) + "(…)", method.Parent));
        if (frame is { } found) AdoptPendingChildren(method, found, callerIsALane: runningCaller is not null);
        timeline.RenameAutomaticLane(method.Lane, CallNames.CallOf(box, method.Name));
        timeline.RecordAt(method.StartAt, method.Lane, TimelineEventKind.Start);
        ClaimBlocks(method);
    }

    private static void OnAwait(int awaited, int awaiter)
    {
        if (!Tracked.TryGetValue(awaiter, out var lane))
        {
            ClaimOwnerCreatedEarlier(awaiter);
            return;
        }
        if (lane.Kind is TrackedKind.AsyncMethod or TrackedKind.WorkItem) Decide(lane, awaiter);
        t_justCreated = null;
        if (lane.Lane < 0 || lane.Ended) return;
        var timeline = lane.Timeline;
        long now = timeline.Now;
        string? label = null;
        bool alreadyDone = false;
        int generation = Interlocked.Increment(ref lane.Awaits);
        if (Tracked.TryGetValue(awaited, out var target))
        {
            label = target.Lane >= 0 ? timeline.LaneName(target.Lane) : target.Label ?? target.Name;
            // On a loaded machine the awaited task can complete between the await's check and this event.
            alreadyDone = !target.AddWaiter(lane, generation);
        }
        if (Interlocked.Exchange(ref lane.PendingSuspendAt, 0) is var pending and not 0)
            timeline.RecordAt(pending, lane.Lane, TimelineEventKind.Suspend, label);
        else if (!lane.Suspended)
        {
            lane.Suspended = true;
            timeline.RecordAt(now, lane.Lane, TimelineEventKind.Suspend, label);
        }
        else
        {
            // A method awaits only while it runs, so it was resumed by a direct call the events do not report (an async
            // iterator's body runs inside the consumer's MoveNextAsync, on the consumer's thread): it ran since the previous
            // recorded event on this thread.
            timeline.RecordAt(t_cursorOwner == timeline ? t_cursor : now, lane.Lane, TimelineEventKind.Resume);
            timeline.RecordAt(now, lane.Lane, TimelineEventKind.Suspend, label);
        }
        if (alreadyDone) timeline.RecordAt(now, lane.Lane, TimelineEventKind.Ready);
        // The next call on this thread starts after our own bookkeeping, so the recorder's time is in no lane.
        MarkCursor(timeline, timeline.Now);
    }

    /// <summary>
    /// The code that started the recording suspended before it did (a cell that awaited, then called Record): its task was
    /// created with no recording listening, so no event named it. Its first await since names it, by its frame on the stack,
    /// so that its end stops the recording. Only the recording's own flow pays the stack walk, and only until it is found.
    /// </summary>
    private static void ClaimOwnerCreatedEarlier(int awaiter)
    {
        var timeline = Timeline.CurrentRecording;
        if (timeline is null || timeline.IsRecordingStopped || timeline.OwnerTaskKnown) return;
        if (InnermostAsyncMethod() is not { } method || !timeline.IsRecordingOwner(method)) return;
        timeline.OwnerTaskKnown = true;
        Tracked[awaiter] = new TrackedTask(timeline, TrackedKind.Owner, method);
    }

    /// <summary>
    /// <c>.Result</c>, <c>.Wait()</c> or <c>GetAwaiter().GetResult()</c> on an incomplete task: the thread is held, doing nothing,
    /// until the task completes. It shows on the lane whose code blocked: found by the innermost async method on the stack (rare
    /// enough to pay for a stack walk, and the thread is about to wait anyway). A method still in its synchronous start is no lane
    /// yet: its block is kept until its first await makes it one. With no lane's code on the stack, the code that started the
    /// recording (the cell) gets a lane of its own that shows only its blocked stretches.
    /// </summary>
    private static void OnBlock(int awaited)
    {
        var timeline = Timeline.CurrentRecording;
        if (timeline is null || timeline.IsRecordingStopped) return;
        var running = InnermostRun(t_frames, t_depth, timeline) is var run and >= 0 ? t_frames![run].Lane : null;
        long now = timeline.Now;
        string what = Tracked.TryGetValue(awaited, out var target) ? (target.Lane >= 0 ? timeline.LaneName(target.Lane) : target.Label ?? CallNames.MethodOf(target.Name)) : "a task";
        var block = new Blocked(timeline, awaited, "blocked: waits for " + what, now);
        var method = InnermostAsyncMethod();
        if (running is not null && (method is null || method == running.Name))
            block.Lane = running.Lane;
        else if (method is null || timeline.IsRecordingOwner(method) || CallNames.IsTopLevelCode(method))
            (block.Lane, block.OwnCode) = (timeline.RecordingCodeLane(), true);
        else
            block.Method = method;   // in its synchronous start: a lane (if it is one) only at its first await
        if (block.Lane >= 0) timeline.RecordAt(now, block.Lane, TimelineEventKind.Block, block.Label);
        (t_blocked ??= []).Add(block);
    }

    private static void OnUnblock(int awaited)
    {
        // Await continuations raise this event too; only a synchronous wait of this thread is on the list.
        if (t_blocked is not { Count: > 0 } blocked || blocked[^1] is not { EndAt: 0 } block || block.Awaited != awaited) return;
        var timeline = block.Timeline;
        block.EndAt = timeline.Now;
        if (block.Method is not null) return;
        blocked.RemoveAt(blocked.Count - 1);
        timeline.RecordAt(block.EndAt, block.Lane, block.OwnCode ? TimelineEventKind.End : TimelineEventKind.Unblock);
        MarkCursor(timeline, block.EndAt);
    }

    /// <summary>A method that blocked in its synchronous start has just become a lane: its blocks go on it.</summary>
    private static void ClaimBlocks(TrackedTask method)
    {
        if (t_blocked is not { Count: > 0 } blocked) return;
        foreach (var block in blocked.Where(b => b.Method == method.Name && b.Timeline == method.Timeline && b.EndAt != 0))
        {
            if (method.Lane >= 0)
            {
                method.Timeline.RecordAt(block.StartAt, method.Lane, TimelineEventKind.Block, block.Label);
                method.Timeline.RecordAt(block.EndAt, method.Lane, TimelineEventKind.Unblock);
            }
        }
        blocked.RemoveAll(b => b.Method == method.Name || b.EndAt != 0 && b.Method is not null);
    }

    /// <summary>The compiler's name of the innermost async method on this thread's stack ("&lt;Pour&gt;d__2").</summary>
    private static string? InnermostAsyncMethod() => AsyncMethodsOnStack().Select(frame => frame.StateMachine.Name).FirstOrDefault();

    /// <summary>
    /// The async methods on this thread's stack, innermost first, each with its height (frames counted from the bottom of the
    /// stack, so a frame keeps its height while it is on the stack). Walked only at rare moments: a lane's first suspension,
    /// a thread blocking.
    /// </summary>
    private static IEnumerable<(Type StateMachine, int Height)> AsyncMethodsOnStack()
    {
        var frames = new StackTrace(2, false).GetFrames();
        for (int i = 0; i < frames.Length; i++)
            if (frames[i].GetMethod() is { Name: "MoveNext", DeclaringType: { } type } && typeof(IAsyncStateMachine).IsAssignableFrom(type))
                yield return (type, frames.Length - i);
    }

    private static void OnTaskEnded(int taskId, int status)
    {
        // Kept (not removed) so a late await of it still finds its name; entries go when their recording stops.
        if (!Tracked.TryGetValue(taskId, out var ended)) return;
        if (ended.Kind is TrackedKind.AsyncMethod or TrackedKind.WorkItem) Decide(ended, taskId);
        var timeline = ended.Timeline;
        long now = timeline.Now;
        if (ended.Lane >= 0 && !ended.Ended)
        {
            ended.FlushPendingSuspend();
            ended.Ended = true;
            var kind = status switch { StatusError => TimelineEventKind.Fault, StatusCanceled => TimelineEventKind.Cancel, _ => TimelineEventKind.End };
            timeline.RecordAt(now, ended.Lane, kind);
            // The exception is stored on the task just after this event: the snapshot reads it from the task.
            if (kind == TimelineEventKind.Fault && (ended.Task ?? ActiveTasks.Find(taskId)) is { } faulted) timeline.NoteFault(ended.Lane, faulted);
            MarkCursor(timeline, now);
            timeline.AutomaticLaneEnded();
        }
        MakeWaitersReady(ended, now);
        if (ended.Kind == TrackedKind.Owner && !ended.OwnerEndSeen)
        {
            ended.OwnerEndSeen = true;
            timeline.OwnerEnded();
        }
    }

    /// <summary>
    /// The awaited task completed: the lanes awaiting it are ready (and wait for a thread until they resume). The runtime starts
    /// running a task's continuations (a completion notification) before it reports the task's end, so both call this, and only
    /// a waiter still in the same await is marked.
    /// </summary>
    private static void MakeWaitersReady(TrackedTask completed, long now)
    {
        foreach (var (waiter, generation) in completed.TakeWaiters())
            if (!waiter.Ended && waiter.Suspended && Volatile.Read(ref waiter.Awaits) == generation)
                waiter.Timeline.RecordAt(now, waiter.Lane, TimelineEventKind.Ready);
    }

    private static void OnRunBegin(int taskId, int work)
    {
        TrackedTask? lane = null;
        if (Tracked.TryGetValue(taskId, out var tracked))
        {
            var timeline = tracked.Timeline;
            long now = timeline.Now;
            if (work == CompletionNotificationWork)
            {
                MakeWaitersReady(tracked, now);
            }
            else if (work == ExecutionWork)
            {
                MarkCursor(timeline, now);
                if (tracked.Kind is TrackedKind.AsyncMethod or TrackedKind.WorkItem) Decide(tracked, taskId);
                if (tracked.Lane >= 0 && !tracked.Ended)
                {
                    tracked.FlushPendingSuspend();
                    lane = tracked;
                    tracked.Suspended = false;
                    timeline.RecordAt(now, tracked.Lane, tracked.Kind == TrackedKind.WorkItem && !tracked.Started ? TimelineEventKind.Start : TimelineEventKind.Resume);
                    tracked.Started = true;
                }
            }
        }
        else if (work == ExecutionWork)
        {
            t_cursorOwner = null;
        }
        Push(new Frame(lane, work == ExecutionWork ? tracked : null, work));
    }

    private static void OnRunEnd()
    {
        if (t_depth == 0) return;
        var frame = t_frames![--t_depth];
        t_frames[t_depth] = default;
        if (frame.Work == ExecutionWork) t_cursorOwner = null;
        // A work item's run ends just before its end is reported: that is no suspension.
        if (frame.Lane is { Ended: false, Suspended: false, Kind: not TrackedKind.WorkItem } lane)
        {
            // Suspended without an await the events name (e.g. a custom awaitable): the lane gave its thread back here.
            lane.Suspended = true;
            lane.Timeline.RecordAt(lane.Timeline.Now, lane.Lane, TimelineEventKind.Suspend);
        }
    }

    /// <summary>
    /// A lane created while its caller was still in its own synchronous start (not yet a lane: callees suspend before their
    /// caller does) waits here, on that thread, for the lane whose frame sits at the caller's height on the stack.
    /// </summary>
    private static void AdoptPendingChildren(TrackedTask lane, CallerFrame frame, bool callerIsALane)
    {
        var pending = t_pendingChildren ??= new();
        // Pending children whose caller frame sat at or above this lane's frame: that caller is this lane, or it has returned.
        for (int i = pending.Count - 1; i >= 0; i--)
        {
            var child = pending[i];
            if (child.CallerHeight < frame.OwnHeight) continue;
            if (child.CallerHeight == frame.OwnHeight && child.CallerType == lane.Name && child.Task.Timeline == lane.Timeline)
            {
                child.Task.Parent = lane.Lane;
                if (child.Task.Lane >= 0) lane.Timeline.SetParent(child.Task.Lane, lane.Lane);
            }
            pending.RemoveAt(i);
        }
        if (frame.CallerType is { } callerType && !lane.Timeline.IsRecordingOwner(callerType) && !CallNames.IsTopLevelCode(callerType)
            && !callerIsALane)
            pending.Add(new PendingChild(lane, frame.CallerHeight, callerType));
    }

    private readonly record struct PendingChild(TrackedTask Task, int CallerHeight, string CallerType);

    /// <summary>Where an async method's first suspension sits on the stack: its own MoveNext and the async method that called it.</summary>
    private readonly record struct CallerFrame(int OwnHeight, int CallerHeight, string? CallerType, bool CallerIsLibrary = false)
    {
        /// <summary>The frame of <paramref name="stateMachine"/>'s MoveNext and the async method right below it (heights: see <see cref="AsyncMethodsOnStack"/>).</summary>
        public static CallerFrame? Of(string stateMachine)
        {
            int own = -1;
            foreach (var (type, height) in AsyncMethodsOnStack())
            {
                if (own < 0)
                {
                    if (type.Name == stateMachine) own = height;
                    continue;
                }
                return new CallerFrame(own, height, type.Name, !CallNames.IsUserType(type));
            }
            return own < 0 ? null : new CallerFrame(own, -1, null);
        }

        /// <summary>The running lane, when the caller's frame is that lane's code (it resumed and then made the call).</summary>
        public int? RunningLaneOfCaller(Frame[]? frames, int depth, Timeline timeline)
        {
            if (CallerType is null) return null;
            int running = InnermostRun(frames, depth, timeline);
            return running >= 0 && frames![running].Lane is { } lane && lane.Name == CallerType ? lane.Lane : null;
        }

        /// <summary>Whether the caller is the recorded code itself (the cell or the method that called Record): its calls are roots.</summary>
        public bool CallerIsRecordedRegion(Timeline timeline) =>
            CallerType is { } caller && (timeline.IsRecordingOwner(caller) || CallNames.IsTopLevelCode(caller));
    }

    /// <summary>The lane running on this thread, if the innermost run of this recording's code is a lane (not the recorded code itself).</summary>
    private static int Parent(Timeline timeline)
    {
        int running = InnermostRun(t_frames, t_depth, timeline);
        return running >= 0 && t_frames![running].Lane is { } lane ? lane.Lane : -1;
    }

    /// <summary>
    /// The innermost frame running this recording's own code (a lane or the recorded code itself), or -1. A continuation can
    /// run inline inside another's run (the cell resuming inside the run that completed what it awaited): the innermost wins.
    /// </summary>
    private static int InnermostRun(Frame[]? frames, int depth, Timeline timeline)
    {
        for (int i = depth - 1; i >= 0; i--)
        {
            if (frames![i].Running is not { } running) continue;
            if (running.Timeline != timeline) return -1;
            if (running.Lane >= 0 || running.Kind == TrackedKind.Owner) return i;
            // A library's own run (Parallel.ForEachAsync's worker resumed inline inside a lane's last run): what it calls is
            // the library's call, not the lane's below it.
            if (running.Kind == TrackedKind.Awaitable && running.Decided) return -1;
        }
        return -1;
    }

    private static void Push(Frame frame)
    {
        var frames = t_frames ??= new Frame[16];
        if (t_depth == frames.Length) Array.Resize(ref t_frames, frames.Length * 2);
        t_frames![t_depth++] = frame;
    }

    private static void MarkCursor(Timeline timeline, long now)
    {
        t_cursorOwner = timeline;
        t_cursor = now;
    }

    /// <summary>A run on this thread: the task whose code runs (when tracked) and, if it is a lane, that lane.</summary>
    private readonly record struct Frame(TrackedTask? Lane, TrackedTask? Running, int Work);

    /// <summary>A synchronous wait of this thread, from its start until the awaited task completes.</summary>
    private sealed class Blocked(Timeline timeline, int awaited, string label, long startAt)
    {
        public Timeline Timeline { get; } = timeline;
        public int Awaited { get; } = awaited;
        public string Label { get; } = label;
        public long StartAt { get; } = startAt;
        public long EndAt;
        public int Lane = -1;
        public bool OwnCode;
        /// <summary>The async method that blocked before it was a lane, when it is not one yet.</summary>
        public string? Method;
    }

    private enum TrackedKind { AsyncMethod, WorkItem, Awaitable, Owner }

    /// <summary>A task the recording knows: a lane (async method or work item), or something a lane may await.</summary>
    private sealed class TrackedTask(Timeline timeline, TrackedKind kind, string name)
    {
        private List<(TrackedTask Waiter, int Generation)>? _waiters;

        public Timeline Timeline { get; } = timeline;
        public TrackedKind Kind { get; set; } = kind;
        /// <summary>The compiler's or the runtime's name: "&lt;Brew&gt;d__3", "Task.Delay".</summary>
        public string Name { get; } = name;
        /// <summary>How an await of it reads on the awaiting lane, when not <see cref="Name"/>.</summary>
        public string? Label { get; set; }
        public int Lane { get; private set; } = -1;
        public volatile int Parent = -1;
        public long StartAt { get; init; }
        public volatile bool Suspended;
        public volatile bool Ended;
        public bool Decided;
        public bool Started;
        public bool OwnerEndSeen;
        public Task? Task;
        public long PendingSuspendAt;
        /// <summary>Counts the lane's awaits, so a completion reported late is not taken for a later await's.</summary>
        public int Awaits;

        /// <summary>Whether the task itself has completed.</summary>
        public bool Done { get; private set; }

        public void BecomeLane(int lane) => Lane = lane;

        public void FlushPendingSuspend()
        {
            if (Interlocked.Exchange(ref PendingSuspendAt, 0) is var pending and not 0 && Lane >= 0)
                Timeline.RecordAt(pending, Lane, TimelineEventKind.Suspend);
        }

        /// <summary>Registers a lane awaiting this task; false when the task has already completed (the waiter is ready now).</summary>
        public bool AddWaiter(TrackedTask waiter, int generation)
        {
            lock (this)
            {
                if (Done) return false;
                (_waiters ??= new()).Add((waiter, generation));
                return true;
            }
        }

        /// <summary>Marks the task completed and hands over the lanes that were awaiting it.</summary>
        public List<(TrackedTask Waiter, int Generation)> TakeWaiters()
        {
            lock (this)
            {
                Done = true;
                var waiters = _waiters ?? [];
                _waiters = null;
                return waiters;
            }
        }
    }
}
