using System.Collections.Concurrent;

namespace TaskTimeline.Lab;

/// <summary>What the lab server saw: requests at once and given up on, delays started, finished or cut short, and attempts per <c>/flaky</c> key.</summary>
/// <remarks>The server's own view of concurrency: three truly concurrent GETs of <c>/delay/2</c> show <see cref="PeakDelaysInFlight"/> = 3.
/// Always zero when the lab server is an external httpbin.</remarks>
public sealed class LabServerStats
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private int _requests, _requestsInFlight, _peakRequests, _requestsCanceled;
    private int _started, _completed, _canceled, _inFlight, _peak;

    /// <summary>Requests answered or in progress, any path.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests under way right now, any path.</summary>
    public int RequestsInFlight => Volatile.Read(ref _requestsInFlight);

    /// <summary>The most requests, any path, that were under way at the same time.</summary>
    public int PeakRequestsInFlight => Volatile.Read(ref _peakRequests);

    /// <summary>Requests the client gave up on (closed the connection or reset the stream) before its answer was finished.</summary>
    public int RequestsCanceled => Volatile.Read(ref _requestsCanceled);

    /// <summary>Waits that began: <c>/delay</c>, and <c>/flaky</c> with a <c>delay</c>.</summary>
    public int DelaysStarted => Volatile.Read(ref _started);

    /// <summary>Waits that ran to the end and were answered.</summary>
    public int DelaysCompleted => Volatile.Read(ref _completed);

    /// <summary>Waits cut short because the client went away (or the server stopped).</summary>
    public int DelaysCanceled => Volatile.Read(ref _canceled);

    /// <summary>Waits under way right now.</summary>
    public int DelaysInFlight => Volatile.Read(ref _inFlight);

    /// <summary>The most waits that were under way at the same time.</summary>
    public int PeakDelaysInFlight => Volatile.Read(ref _peak);

    /// <summary>How many calls <c>/flaky/{key}</c> has had (0 for a key never called).</summary>
    public int Attempts(string key) => _attempts.GetValueOrDefault(key);

    /// <summary>Calls so far of each <c>/flaky</c> key, as a copy taken now.</summary>
    public IReadOnlyDictionary<string, int> AttemptsByKey => new SortedDictionary<string, int>(_attempts, StringComparer.Ordinal);

    /// <summary>Raised on the server's thread when a wait begins.</summary>
    internal event Action? DelayStarted;

    /// <summary>Raised on the server's thread when a wait ends, with how it ended.</summary>
    internal event Action<LabDelayOutcome>? DelayEnded;

    /// <summary>Raised on the server's thread when the server is done with a request, with whether the client had given up on it.</summary>
    internal event Action<bool>? RequestEnded;

    internal void StartRequest()
    {
        Interlocked.Increment(ref _requests);
        RaisePeak(ref _peakRequests, Interlocked.Increment(ref _requestsInFlight));
    }

    internal void EndRequest(bool canceledByClient)
    {
        Interlocked.Decrement(ref _requestsInFlight);
        if (canceledByClient) Interlocked.Increment(ref _requestsCanceled);
        RequestEnded?.Invoke(canceledByClient);
    }

    /// <summary>Counts one more call of <paramref name="key"/> and returns its number (1 for the first).</summary>
    internal int Attempt(string key) => _attempts.AddOrUpdate(key, 1, (_, count) => count + 1);

    internal void StartDelay()
    {
        Interlocked.Increment(ref _started);
        RaisePeak(ref _peak, Interlocked.Increment(ref _inFlight));
        DelayStarted?.Invoke();
    }

    internal void EndDelay(LabDelayOutcome outcome)
    {
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Increment(ref outcome == LabDelayOutcome.Completed ? ref _completed : ref _canceled);
        DelayEnded?.Invoke(outcome);
    }

    private static void RaisePeak(ref int peak, int now)
    {
        int seen;
        while (now > (seen = Volatile.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen) { }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Requests} requests (peak {PeakRequestsInFlight} at once, {RequestsCanceled} canceled by the client); "
        + $"delays: {DelaysStarted} started, {DelaysCompleted} completed, {DelaysCanceled} canceled, peak {PeakDelaysInFlight} at once"
        + (_attempts.IsEmpty ? "" : $"; flaky attempts: {string.Join(", ", AttemptsByKey.Select(a => $"{a.Key}={a.Value}"))}");
}

/// <summary>How a wait ended.</summary>
internal enum LabDelayOutcome
{
    Completed,
    Canceled,
}
