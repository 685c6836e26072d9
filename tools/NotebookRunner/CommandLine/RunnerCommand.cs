using System.CommandLine;
using NotebookRunner.Capture;
using NotebookRunner.Execution;
using NotebookRunner.Orchestration;
using NotebookRunner.Worker;
using Spectre.Console;

namespace NotebookRunner.CommandLine;

/// <summary>The runner's command line: run notebooks (root command) and the hidden per-notebook worker verb.</summary>
public static class RunnerCommand
{
    public static RootCommand Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebook files or folders (searched recursively for *.ipynb)",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => ["notebooks"],
        };
        var output = new Option<string>("--output", "-o") { Description = "Folder for executed notebooks and summary.json", DefaultValueFactory = _ => "out" };
        var withSolutions = new Option<bool>("--with-solutions") { Description = "Run each exercise's solution in place of its stub; every check must pass" };
        var expectUnsolved = new Option<bool>("--expect-unsolved") { Description = "Fail a notebook whose check cells pass on the stubs (proves the checks can fail)" };
        var solutions = new Option<string?>("--solutions") { Description = "Take exercise solutions from DIR/<notebook>/<cell id>.csx instead of solutions/ beside each notebook (implies --with-solutions)" };
        var timeout = TimeoutOption();
        var maxMemory = MaxMemoryOption();

        var root = new RootCommand("Runs C# course notebooks headlessly, one worker process per notebook, and writes executed copies.")
        {
            paths, output, withSolutions, expectUnsolved, solutions, timeout, maxMemory,
        };
        root.Validators.Add(result =>
        {
            if ((result.GetValue(withSolutions) || result.GetValue(solutions) is not null) && result.GetValue(expectUnsolved))
                result.AddError("--with-solutions (or --solutions) and --expect-unsolved cannot be combined: solutions are expected to pass their checks");
            if (result.GetValue(solutions) is { } folder && !Directory.Exists(folder))
                result.AddError($"--solutions: folder not found: {folder}");
        });
        root.SetAction(async (parse, _) =>
        {
            string? solutionsFolder = parse.GetValue(solutions);
            RunMode mode = parse.GetValue(withSolutions) || solutionsFolder is not null ? RunMode.WithSolutions
                : parse.GetValue(expectUnsolved) ? RunMode.ExpectUnsolved : RunMode.AsGiven;
            var worker = new WorkerArguments(TimeSpan.FromSeconds(parse.GetValue(timeout)), mode == RunMode.WithSolutions, solutionsFolder, parse.GetValue(maxMemory));
            var settings = new RunSettings(parse.GetValue(output)!, mode, worker);
            return await RunAsync(parse.GetValue(paths)!, settings);
        });
        root.Subcommands.Add(WorkerCommand());
        return root;
    }

    static Option<double> TimeoutOption(double defaultSeconds = 120)
    {
        var timeout = new Option<double>("--timeout") { Description = "Seconds one cell may run", DefaultValueFactory = _ => defaultSeconds };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() <= 0)
                result.AddError("--timeout must be a positive number of seconds");
        });
        return timeout;
    }

    static Option<int> MaxMemoryOption()
    {
        var maxMemory = new Option<int>("--max-memory")
        {
            Description = "Megabytes of managed memory one notebook's worker may hold; a cell that needs more fails with OutOfMemoryException",
            DefaultValueFactory = _ => WorkerArguments.DefaultMaxMemoryMegabytes,
        };
        maxMemory.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 256)
                result.AddError("--max-memory must be at least 256 (megabytes): the kernel itself needs about 200");
        });
        return maxMemory;
    }

    static async Task<int> RunAsync(string[] paths, RunSettings settings)
    {
        var notebooks = NotebookDiscovery.Find(paths, settings.OutputDirectory, out int skippedInOutput);
        if (notebooks.Count == 0)
        {
            Console.Error.WriteLine(skippedInOutput > 0
                ? $"error: no notebooks to run in {string.Join(", ", paths)}: the {skippedInOutput} found lie inside the output folder {settings.OutputDirectory} (executed copies are not run again); choose another --output"
                : $"error: no notebooks found in {string.Join(", ", paths)}");
            return 1;
        }
        var outputProblems = OutputChecks.Problems(settings.OutputDirectory, notebooks);
        if (outputProblems.Count > 0)
        {
            foreach (string problem in outputProblems)
                Console.Error.WriteLine($"error: {problem}");
            return 1;
        }
        IReadOnlyList<NotebookRunResult> results;
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            results = await AnsiConsole.Status().StartAsync("starting", async status =>
            {
                var progress = new LiveProgress(status);
                using var refresh = new Timer(_ => progress.Refresh(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
                return await new CourseRun(settings, progress).RunAsync(notebooks);
            });
        }
        else
        {
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 120);
            results = await new CourseRun(settings, new PlainProgress()).RunAsync(notebooks);
        }
        AnsiConsole.Write(SummaryTable.Create(results));
        Console.WriteLine($"summary: {Path.Combine(settings.OutputDirectory, "summary.json")}");
        return results.All(result => result.Passed) ? 0 : 1;
    }

    static Command WorkerCommand()
    {
        var notebook = new Argument<string>("notebook");
        var timeout = TimeoutOption();
        var withSolutions = new Option<bool>("--with-solutions");
        var solutions = new Option<string?>("--solutions");
        var maxMemory = MaxMemoryOption();
        var command = new Command(WorkerArguments.Verb, "Runs one notebook and reports over stdout (used by the runner itself)")
        {
            notebook, timeout, withSolutions, solutions, maxMemory,
        };
        command.Hidden = true;
        command.SetAction(async (parse, _) =>
        {
            var settings = new ExecutionSettings(
                TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(withSolutions), OutputLimits.Default, parse.GetValue(solutions),
                parse.GetValue(maxMemory));
            return await WorkerHost.RunAsync(parse.GetValue(notebook)!, settings);
        });
        return command;
    }
}
