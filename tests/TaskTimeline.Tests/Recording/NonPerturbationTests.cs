namespace TaskTimeline.Tests.Recording;

/// <summary>The same code, recorded and unrecorded, must see the same context, scheduler and continuation placement.</summary>
public class NonPerturbationTests
{
    private sealed record Observed(bool ContextIsNull, bool SchedulerIsDefault, bool ResumedInlineOnSetter, bool ResumedOffContext, int AfterConfigureAwaitThread);

    /// <summary>One method that looks at everything an instrument could change.</summary>
    private static async Task<Observed> Observe()
    {
        bool contextIsNull = SynchronizationContext.Current is null;
        bool schedulerIsDefault = TaskScheduler.Current == TaskScheduler.Default;

        // A TaskCompletionSource without RunContinuationsAsynchronously resumes its awaiter inline, on the thread that sets it.
        var inline = new TaskCompletionSource<int>();
        var setter = new Thread(() => inline.SetResult(Environment.CurrentManagedThreadId));
        var awaiting = AwaitOn(inline.Task);
        setter.Start();
        var (setOn, resumedOn) = await awaiting;

        // Under a single-threaded context, ConfigureAwait(false) resumes off it.
        using var loop = new SingleThreadContext();
        var (offContext, afterThread) = await loop.Run(async () =>
        {
            await Task.Delay(5).ConfigureAwait(false);
            return (SynchronizationContext.Current is null && Environment.CurrentManagedThreadId != loop.ThreadId, Environment.CurrentManagedThreadId);
        });
        return new Observed(contextIsNull, schedulerIsDefault, setOn == resumedOn, offContext, afterThread);
    }

    private static async Task<(int SetOn, int ResumedOn)> AwaitOn(Task<int> task)
    {
        int setOn = await task;
        return (setOn, Environment.CurrentManagedThreadId);
    }

    [Fact]
    public Task Given_code_that_inspects_its_context_When_recorded_and_unrecorded_Then_it_sees_the_same_behaviour() => OffTestContext(async () =>
    {
        var unrecorded = await Observe();

        using var recording = Timeline.Record("observe");
        var recorded = await Observe();
        recording.Dispose();

        Assert.Equal(unrecorded with { AfterConfigureAwaitThread = 0 }, recorded with { AfterConfigureAwaitThread = 0 });
        Assert.True(recorded.ContextIsNull && recorded.SchedulerIsDefault && recorded.ResumedInlineOnSetter && recorded.ResumedOffContext);
    });

    [Fact]
    public Task Given_ConfigureAwait_false_When_recorded_Then_the_code_after_it_is_in_the_lane_on_the_thread_it_ran_on() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("configure-await");
        var observed = await Observe();
        recording.Dispose();

        var lambda = recording.Snapshot().Lanes.Single(l => l.Name.StartsWith("lambda", StringComparison.Ordinal));
        Assert.Equal(observed.AfterConfigureAwaitThread, lambda.Segments.Last(s => s.Phase == SegmentPhase.Running).ThreadId);
        Assert.Equal(LaneOutcome.Completed, lambda.Outcome);
    });

    /// <summary>A minimal single-threaded SynchronizationContext (what a UI thread has).</summary>
    private sealed class SingleThreadContext : SynchronizationContext, IDisposable
    {
        private readonly System.Collections.Concurrent.BlockingCollection<(SendOrPostCallback, object?)> _queue = new();
        private readonly Thread _thread;

        public SingleThreadContext()
        {
            _thread = new Thread(() =>
            {
                SetSynchronizationContext(this);
                foreach (var (callback, state) in _queue.GetConsumingEnumerable()) callback(state);
            }) { IsBackground = true };
            _thread.Start();
        }

        public int ThreadId => _thread.ManagedThreadId;

        public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

        public Task<T> Run<T>(Func<Task<T>> body)
        {
            var result = new TaskCompletionSource<Task<T>>();
            Post(_ => result.SetResult(body()), null);
            return result.Task.Unwrap();
        }

        public void Dispose() => _queue.CompleteAdding();
    }
}
