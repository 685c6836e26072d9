using System.Diagnostics;
using System.Text;

namespace NotebookRunner.Tests.Infrastructure;

/// <summary>Runs the built runner as a user would (a separate process, in a working folder) and collects what it said.</summary>
public static class RunnerCli
{
    /// <summary>The runner's build output: beside this test assembly's own folder under artifacts/bin.</summary>
    static string RunnerDll
    {
        get
        {
            string testFolder = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            string configuration = Path.GetFileName(testFolder);
            string sibling = Path.GetFullPath(Path.Combine(testFolder, "..", "..", "NotebookRunner", configuration, "NotebookRunner.dll"));
            return File.Exists(sibling) ? sibling : Path.Combine(testFolder, "NotebookRunner.dll");
        }
    }

    public static RunnerResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(RunnerDll);
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the runner did not finish within 15 minutes: {string.Join(' ', arguments)}");
        }
        return new RunnerResult(process.ExitCode, output.Result, errors.Result, Path.Combine(workingDirectory, OutputOf(arguments)));
    }

    static string OutputOf(string[] arguments)
    {
        int index = Array.FindIndex(arguments, argument => argument is "-o" or "--output");
        return index >= 0 ? arguments[index + 1] : "out";
    }
}
