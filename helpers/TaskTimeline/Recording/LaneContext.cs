namespace TaskTimeline;

/// <summary>
/// The synchronization context a lane's code runs under. An await captures it, so every continuation of the lane
/// comes back through <see cref="Post"/>: that is where "ready" and "resumed on thread N" are recorded without markers.
/// </summary>
internal sealed class LaneContext(Timeline timeline, Timeline.LaneState lane) : SynchronizationContext
{
    public Timeline.LaneState Lane { get; } = lane;

    public override void Post(SendOrPostCallback d, object? state)
    {
        Lane.Ready();
        timeline.Dispatch(static s => ((Continuation)s!).Run(), new Continuation(this, d, state));
    }

    public override void Send(SendOrPostCallback d, object? state) => Run(d, state);

    public override SynchronizationContext CreateCopy() => this;

    private void Run(SendOrPostCallback d, object? state)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        Lane.EnterSegment();
        try
        {
            d(state);
        }
        finally
        {
            Lane.ExitSegment();
            SetSynchronizationContext(previous);
        }
    }

    private sealed class Continuation(LaneContext context, SendOrPostCallback callback, object? state)
    {
        public void Run() => context.Run(callback, state);
    }
}
