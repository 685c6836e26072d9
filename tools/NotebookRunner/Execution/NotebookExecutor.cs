using System.Diagnostics;
using NotebookRunner.Capture;
using NotebookRunner.Directives;
using NotebookRunner.Formatting;
using NotebookRunner.Notebooks;
using NotebookRunner.Packages;

namespace NotebookRunner.Execution;

/// <summary>Runs a notebook's cells in order in one <see cref="ScriptSession"/>, reporting each result as it comes.</summary>
public sealed class NotebookExecutor
{
    readonly NotebookDocument notebook;
    readonly ExecutionSettings settings;
    readonly IExecutionReporter reporter;
    readonly ScriptSession session;
    readonly LateOutputLog lateOutput;
    readonly List<string> unobservedExceptions = [];
    int executionCount;

    public NotebookExecutor(NotebookDocument notebook, ExecutionSettings settings, IExecutionReporter reporter)
    {
        this.notebook = notebook;
        this.settings = settings;
        this.reporter = reporter;
        session = new ScriptSession(notebook.Directory, new NuGetRestorer(settings.RestoreCache));
        lateOutput = new LateOutputLog(settings.Limits.StreamChars);
        OutputRouter.Install(lateOutput);
        TaskScheduler.UnobservedTaskException += (_, args) =>
        {
            lock (unobservedExceptions)
                unobservedExceptions.Add(string.Join("; ", args.Exception.InnerExceptions.Select(e => $"{e.GetType().FullName}: {e.Message}")));
        };
    }

    /// <summary>Runs every cell; returns false when a cell timed out and the rest were not run.</summary>
    public async Task<bool> RunAsync()
    {
        reporter.NotebookStarted(notebook.Cells.Count);
        foreach (var cell in notebook.Cells.Where(cell => cell.CellType != "markdown"))
        {
            reporter.CellStarted(cell.Number);
            CellResult result = await RunCellAsync(cell);
            reporter.CellFinished(result);
            if (result.Status == CellStatus.TimedOut)
                return false;
        }
        // Fire-and-forget tasks that failed surface only when collected: collect now so they are reported, not lost.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        lock (unobservedExceptions)
            reporter.NotebookFinished(lateOutput.Drain(), unobservedExceptions.ToArray());
        return true;
    }

    async Task<CellResult> RunCellAsync(NotebookCell cell)
    {
        if (!cell.IsCode)
            return Skipped(cell, $"{cell.CellType} cell");
        string? runSource = null;
        string source = cell.Source;
        if (settings.WithSolutions && Solutions.IsExercise(cell))
        {
            string relative = Solutions.RelativePath(notebook, cell);
            string path = Path.Combine(notebook.Directory, relative);
            if (!File.Exists(path))
                return Failed(cell, new ErrorOutput("SolutionNotFound", $"no solution for exercise '{cell.Id}': {relative} does not exist", []),
                              $"--with-solutions: no solution for exercise '{cell.Id}' ({relative} does not exist)");
            source = runSource = File.ReadAllText(path);
        }
        if (cell.MetadataKernel is { } metadataKernel && !DirectiveParser.IsCSharpKernel(metadataKernel))
            return Skipped(cell, $"cell in the {metadataKernel} kernel");
        ParsedCell parsed = DirectiveParser.Parse(source);
        if (parsed.Kernel is not null)
        {
            return DirectiveParser.OtherKernelNames.Contains(parsed.Kernel)
                ? Skipped(cell, $"cell in the {parsed.Kernel} kernel")
                : Failed(cell, new ErrorOutput("UnknownKernel", $"unknown kernel '#!{parsed.Kernel}'", []), $"unknown kernel '#!{parsed.Kernel}' (line 1)");
        }
        return await ExecuteAsync(cell, parsed, runSource);
    }

    async Task<CellResult> ExecuteAsync(NotebookCell cell, ParsedCell parsed, string? runSource)
    {
        var capture = new CellCapture(cell.Number, settings.Limits, lateOutput);
        int count = ++executionCount;
        string fileName = $"cell {cell.Number}";
        var clock = Stopwatch.StartNew();
        Task work = Task.Run(async () =>
        {
            OutputRouter.Enter(capture);
            await RunDirectivesAndCodeAsync(parsed, capture, fileName, count, clock);
        });
        Task finished = await Task.WhenAny(work, Task.Delay(settings.CellTimeout));
        clock.Stop();
        OutputRouter.Leave(capture);
        string? error = null;
        var status = CellStatus.Passed;
        if (finished != work)
        {
            status = CellStatus.TimedOut;
            error = $"did not finish within {settings.CellTimeout.TotalSeconds:0.#} s (the per-cell timeout); later cells were not run";
            capture.Add(new ErrorOutput("TimeoutException", $"The cell {error}.", [$"TimeoutException: the cell {error}."]));
        }
        else if (work.Exception?.InnerException is { } exception)
        {
            var (output, oneLine) = CellErrors.Describe(exception, fileName);
            capture.Add(output);
            status = CellStatus.Failed;
            error = oneLine;
        }
        var outputs = capture.Close().ToList();
        if (capture.Truncated && status == CellStatus.Passed)
        {
            status = CellStatus.Failed;
            error = "output truncated: the cell wrote more than the runner keeps (see the note at the end of its output)";
        }
        LateOutput? late = lateOutput.Drain();
        if (late is not null)
            outputs.Add(new StreamOutput("stderr", late.Note));
        return new CellResult(cell.Number, status, outputs, clock.Elapsed.TotalMilliseconds, count, error, late?.FromCells ?? [], runSource);
    }

    async Task RunDirectivesAndCodeAsync(ParsedCell parsed, CellCapture capture, string fileName, int count, Stopwatch clock)
    {
        var packages = new List<NuGetReference>();
        bool timed = false;
        foreach (var directive in parsed.Directives)
        {
            switch (directive)
            {
                case InvalidDirective invalid:
                    throw new CellFailure("DirectiveError", $"{invalid.Text}: {invalid.Reason}", invalid.Line);
                case PackageSource source:
                    session.AddSource(source);
                    break;
                case NuGetReference package:
                    packages.Add(package);
                    break;
                case AssemblyReference reference:
                    session.Reference(reference);
                    break;
                case ImportFile import:
                    await ImportAsync(import);
                    break;
                case TimeCell:
                    timed = true;
                    break;
            }
        }
        if (packages.Count > 0)
        {
            RestoredPackages restored = session.AddPackages(packages);
            capture.Display(InstalledPackages.Describe(packages, restored));
        }
        if (!string.IsNullOrWhiteSpace(parsed.Code))
        {
            CellValue value = await session.RunAsync(parsed.Code, fileName);
            if (value.HasValue)
                capture.Add(new ExecuteResultOutput(ConventionFormatter.Format(value.Value)));
        }
        if (timed)
            Console.WriteLine($"Wall time: {clock.Elapsed.TotalMilliseconds:0.####}ms");
    }

    /// <summary><c>#!import</c>: runs the C# cells of another notebook (or a .csx/.cs file) in this session.</summary>
    async Task ImportAsync(ImportFile import)
    {
        string path = Path.GetFullPath(import.Path, notebook.Directory);
        if (!File.Exists(path))
            throw new CellFailure("FileNotFoundException", $"#!import: file not found: {import.Path} (looked at {path})", import.Line);
        IEnumerable<string> cells = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".ipynb" => NotebookReader.Read(path).Cells
                .Where(cell => cell.IsCode && (cell.MetadataKernel is null || DirectiveParser.IsCSharpKernel(cell.MetadataKernel)))
                .Select(cell => cell.Source),
            ".csx" or ".cs" => [File.ReadAllText(path)],
            var other => throw new CellFailure("DirectiveError", $"#!import: cannot import '{other}' files (use .ipynb, .csx or .cs)", import.Line),
        };
        foreach (string source in cells)
        {
            ParsedCell parsed = DirectiveParser.Parse(source);
            if (parsed.Kernel is not null)
                continue;
            foreach (var reference in parsed.Directives.OfType<AssemblyReference>())
                session.Reference(reference with { Path = Path.GetFullPath(reference.Path, Path.GetDirectoryName(path)!) });
            if (!string.IsNullOrWhiteSpace(parsed.Code))
                await session.RunAsync(parsed.Code, $"{Path.GetFileName(path)}");
        }
    }

    CellResult Skipped(NotebookCell cell, string reason) =>
        new(cell.Number, CellStatus.Skipped, [], 0, null, $"skipped: {reason}", []);

    CellResult Failed(NotebookCell cell, ErrorOutput output, string error) =>
        new(cell.Number, CellStatus.Failed, [output], 0, ++executionCount, error, []);
}
