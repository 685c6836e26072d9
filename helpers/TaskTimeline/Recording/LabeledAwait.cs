using System.Runtime.CompilerServices;

namespace TaskTimeline;

/// <summary>Names an await so the timeline shows why a lane was waiting.</summary>
internal static class LabeledAwait
{
    /// <summary>
    /// Awaits <paramref name="task"/> and labels the gap on the lane's timeline with <paramref name="label"/>
    /// (e.g. <c>await Task.Delay(2000).Labeled("steeping")</c>). Outside a lane it is a plain await.
    /// </summary>
    public static LabeledAwaitable Labeled(this Task task, string label) => new(task, label);

    /// <summary>Awaits <paramref name="task"/> under a label and returns its result.</summary>
    public static LabeledAwaitable<T> Labeled<T>(this Task<T> task, string label) => new(task, label);

    internal static void Attach(string label)
    {
        if (SynchronizationContext.Current is LaneContext context) context.Lane.PendingLabel = label;
    }
}

/// <summary>The awaitable behind <see cref="LabeledAwait.Labeled(Task, string)"/>.</summary>
internal readonly struct LabeledAwaitable(Task task, string label)
{
    /// <summary>Gets the awaiter.</summary>
    public Awaiter GetAwaiter() => new(task.GetAwaiter(), label);

    /// <summary>Passes the label to the lane when the await really suspends.</summary>
    public readonly struct Awaiter(TaskAwaiter inner, string label) : ICriticalNotifyCompletion
    {
        /// <summary>True when the task already finished.</summary>
        public bool IsCompleted => inner.IsCompleted;
        /// <summary>Schedules the continuation.</summary>
        public void OnCompleted(Action continuation) { LabeledAwait.Attach(label); inner.OnCompleted(continuation); }
        /// <summary>Schedules the continuation.</summary>
        public void UnsafeOnCompleted(Action continuation) { LabeledAwait.Attach(label); inner.UnsafeOnCompleted(continuation); }
        /// <summary>Ends the await.</summary>
        public void GetResult() => inner.GetResult();
    }
}

/// <summary>The awaitable behind <see cref="LabeledAwait.Labeled{T}(Task{T}, string)"/>.</summary>
internal readonly struct LabeledAwaitable<T>(Task<T> task, string label)
{
    /// <summary>Gets the awaiter.</summary>
    public Awaiter GetAwaiter() => new(task.GetAwaiter(), label);

    /// <summary>Passes the label to the lane when the await really suspends.</summary>
    public readonly struct Awaiter(TaskAwaiter<T> inner, string label) : ICriticalNotifyCompletion
    {
        /// <summary>True when the task already finished.</summary>
        public bool IsCompleted => inner.IsCompleted;
        /// <summary>Schedules the continuation.</summary>
        public void OnCompleted(Action continuation) { LabeledAwait.Attach(label); inner.OnCompleted(continuation); }
        /// <summary>Schedules the continuation.</summary>
        public void UnsafeOnCompleted(Action continuation) { LabeledAwait.Attach(label); inner.UnsafeOnCompleted(continuation); }
        /// <summary>Ends the await and returns the result.</summary>
        public T GetResult() => inner.GetResult();
    }
}
