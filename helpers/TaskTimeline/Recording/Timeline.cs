using System.Diagnostics;

namespace TaskTimeline;

/// <summary>
/// Records, per lane, when a task started, suspended at an await, became ready, resumed (on which thread) and ended.
/// Start one with <see cref="Record(string, TimeProvider?)"/>; charts, checks and exports take it wherever they take a
/// <see cref="TimelineSnapshot"/> (it converts to a snapshot of what was recorded so far).
/// </summary>
/// <remarks>
/// <para>Recording is lock-free and thread-safe. A timeline holds at most <see cref="DefaultCapacity"/> events; past that,
/// reading it throws <see cref="TimelineFullException"/>.</para>
/// <para>The hand-made lanes (<see cref="Lane(string, Func{Task})"/>, <see cref="Run(string, Action)"/>, <see cref="Begin"/>)
/// are internal: the benchmarks compare their cost with the recorder's.</para>
/// </remarks>
public sealed partial class Timeline : IDisposable
{
    /// <summary>The default event cap: one million events (16 bytes each), far above what 10,000 lanes need.</summary>
    internal const int DefaultCapacity = 1_000_000;

    private readonly EventLog _log;
    private readonly TimeProvider _time;
    private readonly List<string> _laneNames = new();
    private readonly List<int> _parents = new();
    private readonly LoopThread? _loop;

    /// <summary>Creates an empty timeline.</summary>
    /// <param name="title">Shown above its chart, e.g. "Sequential" or "WhenAll".</param>
    /// <param name="mode">Where continuations run: the thread pool (default) or one event-loop thread.</param>
    /// <param name="timeProvider">Source of timestamps; pass a fake one in tests.</param>
    /// <param name="capacity">Maximum number of events.</param>
    internal Timeline(string title = "Timeline", TimelineMode mode = TimelineMode.ThreadPool, TimeProvider? timeProvider = null, int capacity = DefaultCapacity)
    {
        Title = title;
        Mode = mode;
        _time = timeProvider ?? TimeProvider.System;
        _log = new EventLog(capacity);
        if (mode == TimelineMode.EventLoop) _loop = new LoopThread(title);
    }

    /// <summary>Shown above the chart.</summary>
    public string Title { get; }

    /// <summary>Where continuations run.</summary>
    public TimelineMode Mode { get; private set; }

    /// <summary>Maximum number of events this timeline holds.</summary>
    internal int Capacity => _log.Capacity;

    /// <summary>Managed thread id of the event loop, or null in thread-pool mode.</summary>
    public int? EventLoopThreadId => _loop?.ThreadId ?? _recordedLoopThread;

    /// <summary>
    /// Runs <paramref name="body"/> as a lane. Like calling an async method, it runs synchronously up to the first
    /// incomplete await (in event-loop mode, called from outside the loop, it is queued to the loop instead).
    /// </summary>
    internal Task Lane(string name, Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return StartLane(name, body, Task.FromException).Unwrap();
    }

    /// <summary>Runs <paramref name="body"/> as a lane and returns its result.</summary>
    internal Task<T> Lane<T>(string name, Func<Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return StartLane(name, body, Task.FromException<T>).Unwrap();
    }

    /// <summary>Like <see cref="Task.Run(Action)"/>: runs CPU-bound <paramref name="work"/> on a thread-pool thread, as a lane.</summary>
    internal Task Run(string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Run(name, () => { work(); return true; });
    }

    /// <summary>Like <see cref="Task.Run{TResult}(Func{TResult})"/>: runs CPU-bound <paramref name="work"/> on a thread-pool thread, as a lane.</summary>
    internal Task<T> Run<T>(string name, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var lane = NewLane(name);
        RecordOrThrow(lane.Id, TimelineEventKind.Queued);
        return Task.Run(() =>
        {
            Record(lane.Id, TimelineEventKind.Start);
            try
            {
                var result = work();
                Record(lane.Id, TimelineEventKind.End);
                return result;
            }
            catch (OperationCanceledException)
            {
                Record(lane.Id, TimelineEventKind.Cancel);
                throw;
            }
            catch (Exception ex)
            {
                Record(lane.Id, TimelineEventKind.Fault, ex.GetType().Name + ": " + ex.Message);
                throw;
            }
        });
    }

    /// <summary>Starts a lane by hand, for code that cannot be wrapped: mark its awaits with <see cref="ManualLane.Await"/>, end it with Dispose.</summary>
    internal ManualLane Begin(string name)
    {
        var lane = NewLane(name);
        RecordOrThrow(lane.Id, TimelineEventKind.Start);
        return new ManualLane(this, lane.Id);
    }

    /// <summary>Time from the first event to the last one.</summary>
    internal TimeSpan Elapsed => TimeSpan.FromMilliseconds(Snapshot().TotalMs);

    /// <summary>Copies what was recorded so far into an immutable snapshot.</summary>
    /// <exception cref="TimelineFullException">Events were dropped because the cap was reached.</exception>
    public TimelineSnapshot Snapshot()
    {
        ThrowIfFull();
        var entries = WithFaultMessages(_log.Copy());
        string[] names;
        int[] parents;
        lock (_laneNames) (names, parents) = (_laneNames.ToArray(), _parents.ToArray());
        return TimelineSnapshot.FromEntries(Title, Mode, names, entries, _time.TimestampFrequency, parents, CodeEndedAt);
    }

    /// <summary>Stops recording (see <see cref="Record(string, TimeProvider?)"/>) and the event loop thread, if any.</summary>
    public void Dispose()
    {
        StopRecording();
        _loop?.Dispose();
    }

    /// <inheritdoc/>
    public override string ToString() => Snapshot().ToString();

    /// <summary>What was recorded so far: lets every chart, check and export that takes a snapshot take the timeline itself.</summary>
    public static implicit operator TimelineSnapshot(Timeline timeline) =>
        (timeline ?? throw new ArgumentNullException(nameof(timeline))).Snapshot();

    /// <summary>
    /// Returns a task that completes, with the body's own task, once the lane's outcome is recorded.
    /// <paramref name="faulted"/> makes the lane's task for a body that throws before returning one.
    /// </summary>
    private Task<TTask> StartLane<TTask>(string name, Func<TTask> body, Func<Exception, TTask> faulted) where TTask : Task
    {
        var lane = NewLane(name);
        if (_loop is not null && !_loop.IsCurrentThread)
        {
            RecordOrThrow(lane.Id, TimelineEventKind.Queued);
            var started = new TaskCompletionSource<Task<TTask>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _loop.Post(_ =>
            {
                Record(lane.Id, TimelineEventKind.Start);
                started.SetResult(RunLaneBody(lane, body, faulted));
            }, null);
            return started.Task.Unwrap();
        }
        RecordOrThrow(lane.Id, TimelineEventKind.Start);
        return RunLaneBody(lane, body, faulted);
    }

    private Task<TTask> RunLaneBody<TTask>(LaneState lane, Func<TTask> body, Func<Exception, TTask> faulted) where TTask : Task
    {
        var context = new LaneContext(this, lane);
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        TTask task;
        lane.Running = 1;
        try
        {
            task = body() ?? throw new InvalidOperationException($"Lane '{_laneNames[lane.Id]}' returned a null Task.");
        }
        catch (Exception ex)
        {
            task = faulted(ex);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
        if (task.IsCompleted)
        {
            RecordOutcome(lane, task);
            return Task.FromResult(task);
        }
        lane.ExitSegment();
        // A ContinueWith (unlike an await) runs inline on the completing thread even under a lane's context,
        // so the end is recorded before that continuation's segment closes.
        return task.ContinueWith(static (t, s) =>
        {
            var (timeline, lane) = ((Timeline, LaneState))s!;
            timeline.RecordOutcome(lane, t);
            return (TTask)t;
        }, (this, lane), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void RecordOutcome(LaneState lane, Task task)
    {
        lane.Ended = true;
        if (task.IsCanceled) Record(lane.Id, TimelineEventKind.Cancel);
        else if (task.IsFaulted) Record(lane.Id, TimelineEventKind.Fault, Describe(task.Exception!));
        else Record(lane.Id, TimelineEventKind.End);
    }

    private static string Describe(AggregateException ex)
    {
        var inner = ex.InnerExceptions.Count == 1 ? ex.InnerException! : ex;
        return inner.GetType().Name + ": " + inner.Message;
    }

    private LaneState NewLane(string name, int parent = -1)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ThrowIfFull();
        int id;
        lock (_laneNames)
        {
            id = _laneNames.Count;
            if (id >= EventLog.MaxLanes) throw new TimelineFullException(Title, Capacity, 0);
            _laneNames.Add(name);
            _parents.Add(parent);
        }
        return new LaneState(this, id);
    }

    internal void Dispatch(SendOrPostCallback callback, object? state)
    {
        if (_loop is not null) _loop.Post(callback, state);
        else ThreadPool.UnsafeQueueUserWorkItem(static s => s.callback(s.state), (callback, state), preferLocal: false);
    }

    /// <summary>Records from inside continuations: never throws, because a throw there would crash the process; an overflow surfaces on the next lane start or read.</summary>
    internal void Record(int lane, TimelineEventKind kind, string? label = null)
    {
        long now = _time.GetTimestamp();
        _log.TryAppend(now, lane, kind, label);
    }

    private void RecordOrThrow(int lane, TimelineEventKind kind)
    {
        Record(lane, kind);
        ThrowIfFull();
    }

    private void ThrowIfFull()
    {
        if (_log.Dropped > 0) throw new TimelineFullException(Title, Capacity, _log.Dropped);
    }

    [DebuggerDisplay("{Id}")]
    internal sealed class LaneState(Timeline timeline, int id)
    {
        public int Id { get; } = id;
        public int Running;
        public volatile bool Ended;
        public string? PendingLabel;

        /// <summary>Segments can overlap when a continuation is posted before the segment that awaited has returned; count them so the lane shows as running throughout.</summary>
        public void EnterSegment()
        {
            if (Interlocked.Increment(ref Running) == 1 && !Ended) timeline.Record(Id, TimelineEventKind.Resume);
        }

        public void ExitSegment()
        {
            if (Interlocked.Decrement(ref Running) == 0 && !Ended)
            {
                var label = PendingLabel;
                PendingLabel = null;
                timeline.Record(Id, TimelineEventKind.Suspend, label);
            }
        }

        public void Ready() => timeline.Record(Id, TimelineEventKind.Ready);
    }
}

/// <summary>Thrown when a timeline reached its event cap and events were dropped.</summary>
public sealed class TimelineFullException(string title, int capacity, long dropped)
    : InvalidOperationException($"Timeline '{title}' is full: it holds at most {capacity:N0} events and {dropped:N0} more were dropped. Record fewer lanes, or create the Timeline with a larger capacity.")
{
}
