using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>Lets a test await what the server did (a delay began, a delay ended and how, a request was done with) instead of sleeping.</summary>
internal sealed class ServerSignals : IDisposable
{
    /// <summary>Only guards against a hang when the code under test is broken; no assertion depends on it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly LabServerStats _stats;
    private readonly object _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _startWaiters = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _requestEndWaiters = new();
    private readonly TaskCompletionSource<LabDelayOutcome> _firstEnd = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started, _requestsEnded;

    public ServerSignals(LabServerStats stats)
    {
        _stats = stats;
        stats.DelayStarted += OnStarted;
        stats.DelayEnded += OnEnded;
        stats.RequestEnded += OnRequestEnded;
    }

    /// <summary>Completes once <paramref name="count"/> delays have begun since this object was made.</summary>
    public Task Started(int count, string because) =>
        Guard(WhenReached(_startWaiters, () => _started, count), $"the server never had {count} delays under way: {because}");

    /// <summary>Completes once the server is done with <paramref name="count"/> requests (answered or given up on) since this object was made.</summary>
    public Task RequestsEnded(int count, string because) =>
        Guard(WhenReached(_requestEndWaiters, () => _requestsEnded, count), $"the server never finished {count} requests: {because}");

    /// <summary>How the first delay that ends after this object was made ended.</summary>
    public Task<LabDelayOutcome> FirstEnd(string because) => Guard(_firstEnd.Task, $"no delay ever ended: {because}");

    public void Dispose()
    {
        _stats.DelayStarted -= OnStarted;
        _stats.DelayEnded -= OnEnded;
        _stats.RequestEnded -= OnRequestEnded;
    }

    /// <remarks>Reads the counter under the lock the server's events take, so no event slips between the read and the wait.</remarks>
    private Task WhenReached(List<(int Count, TaskCompletionSource Done)> waiters, Func<int> reached, int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (reached() >= count) done.SetResult();
            else waiters.Add((count, done));
        }
        return done.Task;
    }

    private void OnStarted() => Count(_startWaiters, ref _started);

    private void OnRequestEnded(bool canceledByClient) => Count(_requestEndWaiters, ref _requestsEnded);

    private void Count(List<(int Count, TaskCompletionSource Done)> waiters, ref int counter)
    {
        lock (_gate)
        {
            int reached = ++counter;
            foreach (var waiter in waiters.Where(w => w.Count <= reached).ToArray())
            {
                waiter.Done.SetResult();
                waiters.Remove(waiter);
            }
        }
    }

    private void OnEnded(LabDelayOutcome outcome) => _firstEnd.TrySetResult(outcome);

    private static async Task Guard(Task task, string failure)
    {
        try { await task.WaitAsync(HangGuard); }
        catch (TimeoutException) { Assert.Fail(failure); }
    }

    private static async Task<T> Guard<T>(Task<T> task, string failure)
    {
        try { return await task.WaitAsync(HangGuard); }
        catch (TimeoutException) { Assert.Fail(failure); throw; }
    }
}
