using System.Diagnostics;

namespace Course.Tests;

/// <summary>Runs a command as a learner, the container's post-create step or an editor extension would: no shell, output captured.</summary>
internal static class Shell
{
    /// <summary>Generous: a tool install from the package registry on a loaded 2-core machine.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static Task<ShellRun> RunAsync(string workingDirectory, string[] argv, params (string Name, string Value)[] environment) =>
        RunAsync(workingDirectory, argv, DefaultTimeout, environment);

    public static async Task<ShellRun> RunAsync(string workingDirectory, string[] argv, TimeSpan timeoutAfter, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(argv[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in argv[1..])
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {argv[0]}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(timeoutAfter);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', argv)} did not finish within {timeoutAfter}.");
        }
        return new ShellRun(string.Join(' ', argv), process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What a command did; its text is what a failed assertion should show.</summary>
internal sealed record ShellRun(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"{Command} exited {ExitCode}\n{StandardOutput}\n{StandardError}";
}
