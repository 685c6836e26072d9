using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using NotebookRunner.Worker;

namespace NotebookRunner.Orchestration;

/// <summary>
/// Runs one notebook through a worker process and writes its executed copy: outputs filled in as the worker reports
/// them, so whatever happens (error, timeout, crash) every output that was produced is kept.
/// </summary>
/// <param name="worker">A worker already started (and warming up) for this notebook, or null to start one now.</param>
/// <param name="firstCellFinished">Called once, when the worker reports its first finished cell (the orchestrator then warms up the next worker).</param>
public sealed class NotebookJob(string sourcePath, string displayPath, RunSettings settings, IRunProgress progress,
    WorkerProcess? worker = null, Action? firstCellFinished = null)
{
    readonly NotebookRunResult result = new(Path.GetFileNameWithoutExtension(sourcePath), sourcePath);
    readonly Dictionary<int, CellRun> runs = [];
    NotebookDocument? notebook;
    JsonObject? executed;
    int runningCell;
    int lastFinishedCell;
    int crashedAt;
    readonly HashSet<int> lateReported = [];

    public async Task<NotebookRunResult> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            notebook = NotebookReader.Read(sourcePath);
        }
        catch (NotebookFormatException error)
        {
            result.Problems.Add($"{displayPath}: {error.Message}");
            worker?.Abandon();
            result.ElapsedMs = clock.Elapsed.TotalMilliseconds;
            return result;
        }
        PrepareExecutedCopy(notebook);
        var process = worker ?? new WorkerProcess(sourcePath, settings.Worker);
        await process.RunAsync(Apply);
        Conclude(process);
        ApplyChecks();
        string executedPath = OutputChecks.ExecutedPath(settings.OutputDirectory, sourcePath);
        NotebookWriter.Write(executed!, executedPath);
        result.ExecutedPath = executedPath;
        result.ElapsedMs = clock.Elapsed.TotalMilliseconds;
        return result;
    }

    void PrepareExecutedCopy(NotebookDocument source)
    {
        executed = (JsonObject)source.Json.DeepClone();
        foreach (var cell in source.Cells.Where(cell => cell.CellType != "markdown"))
        {
            runs[cell.Number] = new CellRun(cell.Number) { IsCheck = cell.IsCode && cell.HasTag(Solutions.CheckTag) };
            result.Cells.Add(runs[cell.Number]);
            if (!cell.IsCode)
                continue;
            JsonObject json = ExecutedCell(cell.Number);
            json["outputs"] = new JsonArray();
            json["execution_count"] = null;
        }
    }

    JsonObject ExecutedCell(int number) => (JsonObject)((JsonArray)executed!["cells"]!)[number - 1]!;

    NotebookCell SourceCell(int number) => notebook!.Cells[number - 1];

    void Apply(WorkerMessage message)
    {
        if (crashedAt > 0 && message.Kind is WorkerMessage.CellStarted or WorkerMessage.CellFinished or WorkerMessage.Finished)
            return;   // the worker is going down; see Crashed
        switch (message.Kind)
        {
            case WorkerMessage.CellStarted:
                runningCell = message.Cell;
                progress.CellStarted(message.Cell, notebook!.Cells.Count);
                break;
            case WorkerMessage.CellFinished:
                CellFinished(message);
                break;
            case WorkerMessage.Finished:
                NotebookFinished(message);
                break;
            case WorkerMessage.Crashed:
                Crashed(message);
                break;
        }
    }

    void CellFinished(WorkerMessage message)
    {
        runningCell = 0;
        Interlocked.Exchange(ref firstCellFinished, null)?.Invoke();
        var run = runs[message.Cell];
        run.Status = Enum.Parse<CellStatus>(message.Status!);
        run.ElapsedMs = message.ElapsedMs;
        run.Error = message.Error;
        run.Check = message.Check is null ? CheckVerdict.None : Enum.Parse<CheckVerdict>(message.Check);
        run.CheckText = message.CheckText;
        foreach (string warning in message.Warnings ?? [])
            result.Warnings.Add($"{displayPath}{CellLabel(message.Cell)}: {warning}");
        if (SourceCell(message.Cell).IsCode)
        {
            lastFinishedCell = message.Cell;
            JsonObject cell = ExecutedCell(message.Cell);
            cell["outputs"] = message.Outputs?.DeepClone() ?? new JsonArray();
            cell["execution_count"] = message.ExecutionCount;
            if (message.RunSource is not null)
                cell["source"] = NotebookWriter.ToLines(message.RunSource);
        }
        if (run.Status is CellStatus.Failed or CellStatus.TimedOut)
            Problem(message.Cell, message.Error ?? "failed");
        foreach (int origin in message.LateOutputFrom ?? [])
            LateOutput(origin, $"the text is shown in cell {message.Cell}'s output");
    }

    void NotebookFinished(WorkerMessage message)
    {
        int last = lastFinishedCell;
        if (message.Outputs is { Count: > 0 } notes && last > 0)
        {
            var outputs = (JsonArray)ExecutedCell(last)["outputs"]!;
            foreach (var note in notes)
                outputs.Add(note!.DeepClone());
        }
        foreach (int origin in message.LateOutputFrom ?? [])
            LateOutput(origin, $"the text is shown at the end of cell {last}'s output");
        foreach (string problem in message.Problems ?? [])
            Problem(last, $"after the last cell, an exception in fire-and-forget work was found that nobody observed: {problem}");
    }

    /// <summary>
    /// A background thread's exception ended the worker. The cell whose work threw is blamed, whatever ran meanwhile, and
    /// nothing after it counts: when it throws (just after its cell or during the next) varies, the verdict must not.
    /// </summary>
    void Crashed(WorkerMessage message)
    {
        int origin = message.Cell > 0 ? message.Cell : runningCell;
        crashedAt = origin;
        runningCell = 0;
        if (origin == 0)
        {
            result.Problems.Add($"{displayPath}: {message.Error}; the notebook's worker process ended");
            return;
        }
        foreach (var later in runs.Values.Where(run => run.Number > origin && run.Status is not (CellStatus.Skipped or CellStatus.NotRun)))
        {
            later.Status = CellStatus.NotRun;
            later.Error = $"not counted: cell {origin}'s background work crashed the worker";
        }
        MarkFailed(origin, "BackgroundThreadException", $"{message.Error}; the notebook's worker process ended, later cells were not run");
    }

    /// <summary>After the worker exits: anything it never reported is a crash, a kill, or simply not run.</summary>
    void Conclude(WorkerProcess worker)
    {
        if (runningCell > 0)
        {
            string error = worker.Killed
                ? $"did not finish within {settings.Worker.CellTimeout.TotalSeconds:0.#} s and did not stop; the worker was killed, later cells were not run"
                : $"the worker process ended unexpectedly (exit code {worker.ExitCode}){FirstLine(worker.StandardError)}; later cells were not run";
            MarkFailed(runningCell, worker.Killed ? "TimeoutException" : "WorkerCrashed", error);
        }
        else if (worker.ExitCode is not (0 or 2) && result.Problems.Count == 0 && crashedAt == 0)
        {
            result.Problems.Add($"{displayPath}: the worker process failed (exit code {worker.ExitCode}){FirstLine(worker.StandardError)}");
        }
    }

    void MarkFailed(int number, string errorName, string error)
    {
        var run = runs[number];
        if (run.Status is CellStatus.Failed or CellStatus.TimedOut && run.Error == error)
            return;
        run.Status = errorName == "TimeoutException" ? CellStatus.TimedOut : CellStatus.Failed;
        run.Error = error;
        JsonObject cell = ExecutedCell(number);
        ((JsonArray)cell["outputs"]!).Add(new ErrorOutput(errorName, error, [$"{errorName}: {error}"]).ToJson(null));
        runningCell = 0;
        Problem(number, error);
    }

    void ApplyChecks()
    {
        foreach (var run in runs.Values.Where(run => run.IsCheck && run.Status == CellStatus.Passed))
        {
            string? problem = (run.Check, settings.Mode) switch
            {
                (CheckVerdict.None, _) => "check cell produced no check result: end it with the check as an expression (no semicolon) so the kernel returns its CheckResult, or display() it",
                (CheckVerdict.Unsolved, RunMode.WithSolutions) => $"check not solved with --with-solutions: {run.CheckText}",
                (CheckVerdict.Solved, RunMode.ExpectUnsolved) => $"check passes on the unsolved exercise (--expect-unsolved): {run.CheckText}",
                _ => null,
            };
            if (problem is not null)
            {
                run.Status = CellStatus.Failed;
                run.Error = problem;
                Problem(run.Number, problem);
            }
        }
    }

    void LateOutput(int origin, string where)
    {
        string error = $"wrote output after the cell ended (fire-and-forget work); {where}";
        if (!lateReported.Add(origin))
            return;   // one report per cell, however many later cells its work wrote into
        if (runs.TryGetValue(origin, out var run) && run.Status == CellStatus.Passed)
        {
            run.Status = CellStatus.Failed;
            run.Error = error;
        }
        Problem(origin, error);
    }

    void Problem(int cellNumber, string message) => result.Problems.Add($"{displayPath}{CellLabel(cellNumber)}: {message}");

    string CellLabel(int cellNumber) => cellNumber > 0 && notebook is not null
        ? $" cell {cellNumber} (`{Abbreviate(SourceCell(cellNumber).FirstCodeLine)}`)"
        : "";

    static string Abbreviate(string line) => line.Length <= 48 ? line : line[..45] + "...";

    static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(line => line.Length > 0) is { } first
            ? $": {first}"
            : "";
}
