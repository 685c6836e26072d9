using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>
/// Builds tools/NotebookRunner (Release, into this suite's own artifacts folder, so it never races the lead's build) and runs it
/// as a fresh process, timing it from start to exit.
/// </summary>
internal sealed class NotebookRunnerProcess
{
    private NotebookRunnerProcess(string dll, string artifacts)
    {
        Dll = dll;
        ArtifactsRoot = artifacts;
    }

    /// <summary>The runner's entry assembly.</summary>
    public string Dll { get; }

    /// <summary>The artifacts folder it was built into (its staged helpers/TaskTimeline.dll sits under it).</summary>
    public string ArtifactsRoot { get; }

    /// <summary>The staged TaskTimeline.dll that notebooks #r.</summary>
    public string StagedHelper => Path.Combine(ArtifactsRoot, "helpers", "TaskTimeline.dll");

    private static Task<NotebookRunnerProcess>? s_built;

    /// <summary>Builds the runner once per process (the runner and course figures share it).</summary>
    public static Task<NotebookRunnerProcess> BuildAsync(FigureContext context) => s_built ??= BuildOnceAsync(context);

    private static async Task<NotebookRunnerProcess> BuildOnceAsync(FigureContext context)
    {
        // This suite runs from <artifacts>/bin/TaskTimeline.Benchmarks/<config>/: build the runner beside it.
        var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        var project = Path.Combine(context.RepoRoot.FullName, "tools", "NotebookRunner", "NotebookRunner.csproj");
        if (!File.Exists(project)) throw new InvalidOperationException($"{project} is missing: the runner figures need tools/NotebookRunner.");
        context.Log.WriteLine($"   building {project} into {artifacts}");
        var (exit, output, _) = await RunAsync("dotnet", ["build", project, "-c", "Release", "--artifacts-path", artifacts, "-nologo", "-v", "q"], context.RepoRoot.FullName, TimeSpan.FromMinutes(10));
        if (exit != 0) throw new InvalidOperationException($"Building {project} failed (exit {exit}):\n{output}");
        var dll = Path.Combine(artifacts, "bin", "NotebookRunner", "release", "NotebookRunner.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"The runner built, but {dll} is missing.");
        return new NotebookRunnerProcess(dll, artifacts);
    }

    /// <summary>Runs the runner on <paramref name="paths"/>; returns its wall time and summary.json.</summary>
    public async Task<(double WallMs, JsonNode Summary)> RunAsync(IEnumerable<string> paths, string output, string workingDirectory, params string[] options)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var clock = Stopwatch.StartNew();
        var (exit, log, _) = await RunAsync("dotnet", [Dll, .. paths, "--output", output, .. options], workingDirectory, TimeSpan.FromMinutes(30));
        double wall = clock.Elapsed.TotalMilliseconds;
        var summaryPath = Path.Combine(output, "summary.json");
        if (exit != 0 || !File.Exists(summaryPath))
            throw new InvalidOperationException($"The runner exited {exit} on {string.Join(" ", paths)}:\n{Tail(log)}");
        return (wall, JsonNode.Parse(await File.ReadAllTextAsync(summaryPath))!);
    }

    /// <summary>Per-cell elapsed milliseconds of every notebook in a summary.json.</summary>
    public static double[] CellMs(JsonNode summary, int notebook = 0) =>
        summary["notebooks"]![notebook]!["cells"]!.AsArray().Select(c => c!["elapsedMs"]!.GetValue<double>()).ToArray();

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];

    internal static async Task<(int Exit, string Output, double Ms)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(" ", arguments)} did not finish within {timeout}.");
        }
        double ms = clock.Elapsed.TotalMilliseconds;
        return (process.ExitCode, await stdout + await stderr, ms);
    }
}

/// <summary>Writes a minimal valid C# notebook (Polyglot Notebooks metadata, as the course's) with the given code cells.</summary>
internal static class NotebookFile
{
    public static string Write(string path, IEnumerable<string> codeCells)
    {
        var cells = new JsonArray(codeCells.Select((code, i) => (JsonNode?)new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = $"cell-{i + 1}",
            ["metadata"] = new JsonObject
            {
                ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
                ["vscode"] = new JsonObject { ["languageId"] = "polyglot-notebook" },
            },
            ["outputs"] = new JsonArray(),
            ["source"] = code,
        }).ToArray());
        var notebook = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "csharp" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                    },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
