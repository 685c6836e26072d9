namespace Course.Tests;

/// <summary>Runs the built NotebookRunner (and the CourseSite after it) as separate processes, the way a learner or CI runs them.</summary>
public static class RunnerProcess
{
    /// <summary>Generous: a whole course run (every notebook, cold compiler per worker) on a 2-core machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    public static Task<RunnerRun> RunAsync(RepositoryLayout repo, string outputDir, params string[] options) =>
        RunDllAsync(repo, [repo.RunnerDll(), repo.Notebooks, "--output", outputDir, .. options], outputDir);

    /// <summary>Runs only <paramref name="notebooks"/> (source paths).</summary>
    public static Task<RunnerRun> RunAsync(RepositoryLayout repo, IEnumerable<string> notebooks, string outputDir, params string[] options) =>
        RunDllAsync(repo, [repo.RunnerDll(), .. notebooks, "--output", outputDir, .. options], outputDir);

    /// <summary>Builds the course site from a finished run's output folder, as the README's set-up command does (into &lt;output&gt;/site).</summary>
    public static Task<RunnerRun> CourseSiteAsync(RepositoryLayout repo, RunnerRun run) =>
        RunDllAsync(repo, [repo.CourseSiteDll(), run.OutputDir], run.OutputDir);

    static async Task<RunnerRun> RunDllAsync(RepositoryLayout repo, string[] arguments, string outputDir)
    {
        var run = await Shell.RunAsync(repo.Root, [DotnetHost(), .. arguments], Timeout, ("NO_COLOR", "1"));
        return new RunnerRun(string.Join(' ', arguments), run.ExitCode, run.StandardOutput, run.StandardError, outputDir);
    }

    /// <summary>The dotnet host running these tests (the SDK sets DOTNET_HOST_PATH), so the runner gets the same runtime.</summary>
    static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
