global using static TaskTimeline.Tests.Recording.TestContext;
namespace TaskTimeline.Tests.Recording;

internal static class TestContext
{
    /// <summary>
    /// xunit runs async tests under its own SynchronizationContext, whose Post queues work items from the test's flow:
    /// a recording started there would show them as lanes. Notebook cells run with no context, so the tests do too.
    /// </summary>
    public static Task OffTestContext(Func<Task> test) => Task.Run(test);
}
