using System.Reflection;

namespace TaskTimeline;

/// <summary>
/// The runtime's own table of live tasks (what Visual Studio's Tasks window reads): switched on only while a recording runs,
/// it lets the recorder reach an async method's state machine by task id, and so the arguments it was called with.
/// </summary>
/// <remarks>
/// <c>Task.s_asyncDebuggingEnabled</c> and <c>Task.s_currentActiveTasks</c> are private fields of System.Private.CoreLib,
/// present with these names from .NET Core 3.0 through .NET 10. Turning the table on adds a dictionary insert per task and
/// makes awaits go through the same wrapper the runtime uses when task events are on; it changes no scheduling decision.
/// If a runtime lacks the fields, lanes are named by method only.
/// </remarks>
internal static class ActiveTasks
{
    private static readonly FieldInfo? Enabled = typeof(Task).GetField("s_asyncDebuggingEnabled", BindingFlags.NonPublic | BindingFlags.Static);
    private static readonly FieldInfo? Table = typeof(Task).GetField("s_currentActiveTasks", BindingFlags.NonPublic | BindingFlags.Static);
    private static int s_users;
    private static bool s_enabledByOthers;

    /// <summary>Whether this runtime exposes the table.</summary>
    public static bool Available => Enabled?.FieldType == typeof(bool) && Table is not null;

    /// <summary>Turns the table on for one more user. Callers serialise Acquire and Release.</summary>
    public static void Acquire()
    {
        if (!Available || s_users++ > 0) return;
        s_enabledByOthers = (bool)Enabled!.GetValue(null)!;
        Enabled.SetValue(null, true);
    }

    /// <summary>Turns the table off when its last user leaves, unless a debugger had it on before us.</summary>
    public static void Release()
    {
        if (!Available || --s_users > 0 || s_enabledByOthers) return;
        Enabled!.SetValue(null, false);
        // The runtime stops removing entries once the switch is off: drop what is left so no task stays reachable.
        if (Table!.GetValue(null) is Dictionary<int, Task> tasks)
            lock (tasks) tasks.Clear();
    }

    /// <summary>The live task with this id, if the table holds it.</summary>
    public static Task? Find(int taskId)
    {
        if (Table?.GetValue(null) is not Dictionary<int, Task> tasks) return null;
        lock (tasks) return tasks.TryGetValue(taskId, out var task) ? task : null;
    }
}
