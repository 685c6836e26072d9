namespace TaskTimeline.Tests.Checks;

/// <summary>Captures what a check prints. Tests using it share one xunit collection because Console is process-wide.</summary>
internal static class ConsoleCapture
{
    public static (CheckResult Result, string Printed) Run(Func<CheckResult> check)
    {
        var original = Console.Out;
        var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            return (check(), writer.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}

[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCaptureCollection;
