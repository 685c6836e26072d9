namespace TaskTimeline.Tests.Lab;

/// <summary>Lets a test await what the server did (a delay began, a delay ended and how) instead of sleeping.</summary>
internal sealed class DelaySignals : IDisposable
{
    /// <summary>Only guards against a hang when the code under test is broken; no assertion depends on it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly LabServerStats _stats;
    private readonly object _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _startWaiters = new();
    private readonly TaskCompletionSource<LabDelayOutcome> _firstEnd = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    public DelaySignals(LabServerStats stats)
    {
        _stats = stats;
        stats.DelayStarted += OnStarted;
        stats.DelayEnded += OnEnded;
    }

    /// <summary>Completes once <paramref name="count"/> delays have begun since this object was made.</summary>
    public Task Started(int count, string because)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_started >= count) done.SetResult();
            else _startWaiters.Add((count, done));
        }
        return Guard(done.Task, $"the server never had {count} delays under way: {because}");
    }

    /// <summary>How the first delay that ends after this object was made ended.</summary>
    public Task<LabDelayOutcome> FirstEnd(string because) => Guard(_firstEnd.Task, $"no delay ever ended: {because}");

    public void Dispose()
    {
        _stats.DelayStarted -= OnStarted;
        _stats.DelayEnded -= OnEnded;
    }

    private void OnStarted()
    {
        lock (_gate)
        {
            _started++;
            foreach (var waiter in _startWaiters.Where(w => w.Count <= _started).ToArray())
            {
                waiter.Done.SetResult();
                _startWaiters.Remove(waiter);
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
