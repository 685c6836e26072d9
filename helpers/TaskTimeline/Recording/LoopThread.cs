using System.Collections.Concurrent;

namespace TaskTimeline;

/// <summary>One dedicated thread that runs queued callbacks in order, like Python's asyncio event loop.</summary>
internal sealed class LoopThread : IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly Thread _thread;

    public LoopThread(string name)
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "event loop: " + name };
        _thread.Start();
    }

    public int ThreadId => _thread.ManagedThreadId;

    public bool IsCurrentThread => Environment.CurrentManagedThreadId == _thread.ManagedThreadId;

    public void Post(SendOrPostCallback callback, object? state)
    {
        if (!_queue.TryAddSafely(callback, state))
            ThreadPool.UnsafeQueueUserWorkItem(s => callback(s), state, preferLocal: false); // loop disposed: still complete the work
    }

    public void Dispose() => _queue.CompleteAdding();

    private void Loop()
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
                Console.Error.WriteLine($"[{_thread.Name}] unhandled exception in a callback: {ex}");
            }
        }
    }
}

internal static class BlockingCollectionExtensions
{
    public static bool TryAddSafely(this BlockingCollection<(SendOrPostCallback, object?)> queue, SendOrPostCallback callback, object? state)
    {
        try
        {
            return queue.TryAdd((callback, state));
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
