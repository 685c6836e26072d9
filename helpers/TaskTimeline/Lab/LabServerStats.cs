namespace TaskTimeline;

/// <summary>What the lab server saw: how many delays started, finished or were cut short, and how many ran at once.</summary>
/// <remarks>The server's own view of concurrency: three truly concurrent GETs of <c>/delay/2</c> show <see cref="PeakDelaysInFlight"/> = 3.
/// Always zero when the lab server is an external httpbin.</remarks>
public sealed class LabServerStats
{
    private int _requests, _started, _completed, _canceled, _inFlight, _peak;

    /// <summary>Requests answered or in progress, any path.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary><c>/delay</c> waits that began.</summary>
    public int DelaysStarted => Volatile.Read(ref _started);

    /// <summary><c>/delay</c> waits that ran to the end and were answered.</summary>
    public int DelaysCompleted => Volatile.Read(ref _completed);

    /// <summary><c>/delay</c> waits cut short because the client went away (or the server stopped).</summary>
    public int DelaysCanceled => Volatile.Read(ref _canceled);

    /// <summary><c>/delay</c> waits under way right now.</summary>
    public int DelaysInFlight => Volatile.Read(ref _inFlight);

    /// <summary>The most <c>/delay</c> waits that were under way at the same time.</summary>
    public int PeakDelaysInFlight => Volatile.Read(ref _peak);

    /// <summary>Raised on the server's thread when a delay begins its wait.</summary>
    internal event Action? DelayStarted;

    /// <summary>Raised on the server's thread when a delay's wait ends, with how it ended.</summary>
    internal event Action<LabDelayOutcome>? DelayEnded;

    internal void RequestReceived() => Interlocked.Increment(ref _requests);

    internal void StartDelay()
    {
        Interlocked.Increment(ref _started);
        int now = Interlocked.Increment(ref _inFlight);
        int peak;
        while (now > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak) { }
        DelayStarted?.Invoke();
    }

    internal void EndDelay(LabDelayOutcome outcome)
    {
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Increment(ref outcome == LabDelayOutcome.Completed ? ref _completed : ref _canceled);
        DelayEnded?.Invoke(outcome);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Requests} requests; delays: {DelaysStarted} started, {DelaysCompleted} completed, {DelaysCanceled} canceled, peak {PeakDelaysInFlight} at once";
}

/// <summary>How a <c>/delay</c> wait ended.</summary>
internal enum LabDelayOutcome
{
    Completed,
    Canceled,
}
