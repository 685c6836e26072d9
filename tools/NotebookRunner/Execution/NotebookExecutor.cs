using System.Diagnostics;
using Microsoft.DotNet.Interactive.Events;
using NotebookRunner.Capture;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>Runs a notebook's cells in order in one <see cref="KernelSession"/>, reporting each result as it comes.</summary>
public sealed class NotebookExecutor
{
    /// <summary>Kernels a cell can name (metadata or a first-line <c>#!name</c>) that this runner does not have: such cells are skipped.</summary>
    static readonly HashSet<string> OtherKernels = new(StringComparer.OrdinalIgnoreCase)
    {
        "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "sql", "kql", "mermaid", "http", "markdown", "md", "value", "python",
    };

    readonly NotebookDocument notebook;
    readonly ExecutionSettings settings;
    readonly IExecutionReporter reporter;
    readonly KernelSession session;
    readonly LateOutputLog lateOutput;
    readonly SourceWatch sourceWatch;
    readonly List<string> unobservedExceptions = [];
    int executionCount;

    /// <param name="lateOutput">Where output written outside a running cell ends up (see <see cref="LateConsole"/>).</param>
    public NotebookExecutor(NotebookDocument notebook, ExecutionSettings settings, IExecutionReporter reporter, LateOutputLog lateOutput)
    {
        this.notebook = notebook;
        this.settings = settings;
        this.reporter = reporter;
        this.lateOutput = lateOutput;
        sourceWatch = new SourceWatch(notebook.Path);
        session = new KernelSession { Unattributed = LateEvent, LateConsole = lateOutput.Add };
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
        if (cell.MetadataKernel is { } metadataKernel && !IsCSharp(metadataKernel))
            return Skipped(cell, $"cell in the {metadataKernel} kernel");
        string? runSource = null;
        string source = cell.Source;
        if (settings.WithSolutions && Solutions.IsExercise(cell))
        {
            string path = Solutions.PathOf(notebook, cell, settings.SolutionsDirectory);
            if (!File.Exists(path))
                return Failed(cell, new ErrorOutput("SolutionNotFound", $"no solution for exercise '{cell.Id}': {path} does not exist", []),
                              $"--with-solutions: no solution for exercise '{cell.Id}' ({path} does not exist)");
            source = runSource = File.ReadAllText(path);
        }
        if (KernelSelector(source) is { } selector && OtherKernels.Contains(selector))
            return Skipped(cell, $"cell in the {selector} kernel");
        return await ExecuteAsync(cell, source, runSource);
    }

    static bool IsCSharp(string kernel) => kernel.ToLowerInvariant() is "csharp" or "c#";

    /// <summary>The kernel a first line such as <c>#!fsharp</c> selects, else null.</summary>
    static string? KernelSelector(string source)
    {
        string first = source.TrimStart().Split('\n', 2)[0].Trim();
        return first.StartsWith("#!", StringComparison.Ordinal) && first.Length > 2 && !first.Contains(' ') ? first[2..] : null;
    }

    async Task<CellResult> ExecuteAsync(NotebookCell cell, string source, string? runSource)
    {
        var capture = new CellCapture(cell.Number, settings.Limits, lateOutput);
        var checks = new List<CheckReport>();
        int count = ++executionCount;
        var clock = Stopwatch.StartNew();
        Task<CommandFailed?> work = session.SubmitAsync(cell.Number, source, kernelEvent => Capture(kernelEvent, capture, checks));
        Task finished = await Task.WhenAny(work, Task.Delay(settings.CellTimeout));
        clock.Stop();
        string? error = null;
        var status = CellStatus.Passed;
        if (finished != work)
        {
            status = CellStatus.TimedOut;
            error = $"did not finish within {settings.CellTimeout.TotalSeconds:0.#} s (the per-cell timeout); later cells were not run";
            capture.Add(new ErrorOutput("TimeoutException", $"The cell {error}.", [$"TimeoutException: the cell {error}."]));
        }
        else if (await work is { } failed)
        {
            var (output, oneLine) = CellErrors.Describe(failed);
            capture.Add(output);
            status = CellStatus.Failed;
            error = failed.Exception is OutOfMemoryException
                ? $"{oneLine}: the cell crossed the worker's memory bound of {settings.MaxMemoryMegabytes} MB (--max-memory)"
                : oneLine;
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
        string? warning = sourceWatch.Changed();
        CheckReport? check;
        lock (checks)
            check = CheckValues.Combine(checks);
        return new CellResult(cell.Number, status, outputs, clock.Elapsed.TotalMilliseconds, count, error, late?.FromCells ?? [], runSource,
            check, warning is null ? null : [warning]);
    }

    static void Capture(KernelEvent kernelEvent, CellCapture capture, List<CheckReport> checks)
    {
        switch (kernelEvent)
        {
            case StandardOutputValueProduced stdout:
                capture.Write("stdout", PlainText(stdout));
                break;
            case StandardErrorValueProduced stderr:
                capture.Write("stderr", PlainText(stderr));
                break;
            case ReturnValueProduced result:
                Check(result.Value, checks);
                capture.Add(new ExecuteResultOutput(Data(result)));
                break;
            case DisplayedValueProduced displayed:
                Check(displayed.Value, checks);
                capture.Display(Data(displayed), displayed.ValueId);
                break;
            case DisplayedValueUpdated updated when updated.ValueId is not null:
                capture.Update(updated.ValueId, Data(updated));
                break;
        }
    }

    static void Check(object? value, List<CheckReport> checks)
    {
        if (CheckValues.Read(value) is { } report)
            lock (checks)
                checks.Add(report);
    }

    /// <summary>Kernel events raised while no cell runs: what they show is late output of the cell that started the work.</summary>
    void LateEvent(KernelEvent kernelEvent)
    {
        switch (kernelEvent)
        {
            case StandardOutputValueProduced stdout:
                lateOutput.Add(CellOrigin.Current, "stdout", PlainText(stdout));
                break;
            case StandardErrorValueProduced stderr:
                lateOutput.Add(CellOrigin.Current, "stderr", PlainText(stderr));
                break;
            case DisplayedValueProduced displayed:
                lateOutput.Add(CellOrigin.Current, "stdout", (Data(displayed).GetValueOrDefault("text/plain") ?? "") + "\n");
                break;
        }
    }

    static string PlainText(DisplayEvent displayEvent) =>
        displayEvent.FormattedValues.FirstOrDefault(value => value.MimeType == "text/plain")?.Value ?? "";

    static Dictionary<string, string> Data(DisplayEvent displayEvent) =>
        displayEvent.FormattedValues
            .GroupBy(value => value.MimeType, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    CellResult Skipped(NotebookCell cell, string reason) =>
        new(cell.Number, CellStatus.Skipped, [], 0, null, $"skipped: {reason}", []);

    CellResult Failed(NotebookCell cell, ErrorOutput output, string error) =>
        new(cell.Number, CellStatus.Failed, [output], 0, ++executionCount, error, []);
}
