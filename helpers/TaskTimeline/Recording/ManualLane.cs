namespace TaskTimeline;

/// <summary>A lane recorded by hand: mark each await with <see cref="Await"/>, and dispose it to record its end.</summary>
internal sealed class ManualLane : IDisposable
{
    private readonly Timeline _timeline;
    private int _ended;

    internal ManualLane(Timeline timeline, int id)
    {
        _timeline = timeline;
        Id = id;
    }

    /// <summary>The lane's index in its timeline.</summary>
    public int Id { get; }

    /// <summary>Records a suspension labelled <paramref name="label"/>, awaits <paramref name="task"/>, then records the resumption and its thread.</summary>
    public async Task Await(Task task, string? label = null)
    {
        if (!task.IsCompleted) _timeline.Record(Id, TimelineEventKind.Suspend, label);
        else { await task; return; }
        try
        {
            await task;
        }
        finally
        {
            _timeline.Record(Id, TimelineEventKind.Resume);
        }
    }

    /// <summary>Records a suspension, awaits <paramref name="task"/>, records the resumption, and returns the result.</summary>
    public async Task<T> Await<T>(Task<T> task, string? label = null)
    {
        await Await((Task)task, label);
        return await task;
    }

    /// <summary>Records that the lane failed with <paramref name="error"/>; Dispose will not record an end.</summary>
    public void Fail(Exception error)
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
            _timeline.Record(Id, TimelineEventKind.Fault, error.GetType().Name + ": " + error.Message);
    }

    /// <summary>Records the end of the lane.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0) _timeline.Record(Id, TimelineEventKind.End);
    }
}
