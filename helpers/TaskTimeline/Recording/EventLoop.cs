using System.Collections.Concurrent;

namespace TaskTimeline;

/// <summary>
/// Runs async code the way Python's <c>asyncio.run(main())</c> does: on one thread that also runs every continuation
/// the code schedules, one at a time. .NET's own single-threaded loops are a UI thread's dispatcher and
/// <c>AsyncContext.Run</c> (Nito.AsyncEx.Context); this one is for lessons, and a recording it runs under says so.
/// </summary>
public static class EventLoop
{
    /// <summary>Runs <paramref name="main"/> on a new event-loop thread until the task it returns completes.</summary>
    /// <returns>A task that completes with <paramref name="main"/>'s, without blocking the caller's thread.</returns>
    public static Task Run(Func<Task> main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        StartLoop(main, task =>
        {
            if (task.IsFaulted) done.TrySetException(task.Exception!.InnerExceptions);
            else if (task.IsCanceled) done.TrySetCanceled();
            else done.TrySetResult();
        });
        return done.Task;
    }

    /// <inheritdoc cref="Run(Func{Task})"/>
    public static Task<T> Run<T>(Func<Task<T>> main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        StartLoop(() => main(), task =>
        {
            if (task.IsFaulted) done.TrySetException(task.Exception!.InnerExceptions);
            else if (task.IsCanceled) done.TrySetCanceled();
            else done.TrySetResult(((Task<T>)task).Result);
        });
        return done.Task;
    }

    // No async lambdas here: a recording would show them as lanes of the learner's code.
    private static void StartLoop(Func<Task> main, Action<Task> completed)
    {
        // The recording (an AsyncLocal) flows in with the captured context, so the loop's work is recorded too.
        var flow = ExecutionContext.Capture();
        var thread = new Thread(() =>
        {
            var loop = new SingleThreadContext();
            SynchronizationContext.SetSynchronizationContext(loop);
            Timeline.CurrentRecording?.RunsOnEventLoop(Environment.CurrentManagedThreadId);
            if (flow is null) Start(main, loop, completed);
            else ExecutionContext.Run(flow, _ => Start(main, loop, completed), null);
            loop.RunUntilComplete();
        }) { IsBackground = true, Name = "event loop" };
        thread.Start();
    }

    private static void Start(Func<Task> main, SingleThreadContext loop, Action<Task> completed)
    {
        Task task;
        try
        {
            task = main();
        }
        catch (Exception ex)
        {
            task = Task.FromException(ex);
        }
        task.ContinueWith(t =>
        {
            completed(t);
            loop.Complete();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>A queue of callbacks drained by the one thread that owns it.</summary>
    private sealed class SingleThreadContext : SynchronizationContext
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = new();

        public override void Post(SendOrPostCallback d, object? state)
        {
            try
            {
                _queue.Add((d, state));
            }
            catch (InvalidOperationException)
            {
                // The loop has ended (its main task completed): late continuations still run, on the pool.
                ThreadPool.UnsafeQueueUserWorkItem(s => d(s), state, preferLocal: false);
            }
        }

        public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("An event loop does not run callbacks synchronously from other threads.");

        public override SynchronizationContext CreateCopy() => this;

        public void Complete() => _queue.CompleteAdding();

        public void RunUntilComplete()
        {
            foreach (var (callback, state) in _queue.GetConsumingEnumerable())
            {
                try
                {
                    callback(state);
                }
                catch (Exception ex)
                {
                    // asyncio logs an exception that escapes a callback and keeps the loop alive; do the same.
                    Console.Error.WriteLine($"[event loop] unhandled exception in a callback: {ex}");
                }
            }
        }
    }
}
