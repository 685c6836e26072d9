using NotebookRunner.Capture;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Worker;

/// <summary>The hidden worker verb: runs one notebook in this process and reports over stdout.</summary>
public static class WorkerHost
{
    /// <summary>Set by the orchestrator on a worker it starts early: warm up, then wait for <see cref="GoSignal"/> on stdin.</summary>
    public const string WarmStartVariable = "NOTEBOOK_RUNNER_WARM_START";

    /// <summary>The stdin line that lets a warm-started worker run its notebook.</summary>
    public const string GoSignal = "go";

    /// <returns>0 when the notebook ran to its end, 2 when a cell timed out, 3 when it could not be read, 4 when a warm-started worker was never told to go.</returns>
    public static async Task<int> RunAsync(string notebookPath, ExecutionSettings settings)
    {
        var reporter = new WorkerReporter();
        NotebookDocument notebook;
        try
        {
            notebook = NotebookReader.Read(notebookPath);
        }
        catch (NotebookFormatException error)
        {
            Console.Error.WriteLine(error.Message);
            return 3;
        }
        var lateOutput = new LateOutputLog(settings.Limits.StreamChars);
        // Before any kernel exists: the kernel's console capture wraps the writers it finds, and hands them what no cell owns.
        LateConsole.Install(lateOutput);
        Directory.SetCurrentDirectory(notebook.Directory);
        if (Environment.GetEnvironmentVariable(WarmStartVariable) == "1")
        {
            Environment.SetEnvironmentVariable(WarmStartVariable, null);   // the notebook's own child processes start cold
            KernelSession.WarmUp(notebook.Cells.FirstOrDefault(cell => cell.IsCode)?.Source);
            lateOutput.Drain();
            if (Console.In.ReadLine() != GoSignal)
                return 4;
        }
        AppDomain.CurrentDomain.UnhandledException += (_, args) =>
        {
            // A background thread's exception ends the process whatever we do; say where it came from first.
            var exception = args.ExceptionObject as Exception;
            reporter.Crashed(CellOrigin.Current, $"unhandled exception on a background thread: {exception?.GetType().FullName}: {exception?.Message}");
        };
        var executor = new NotebookExecutor(notebook, settings, reporter, lateOutput);
        bool completed = await executor.RunAsync();
        // A timed-out cell may still be spinning on a thread: end the process instead of waiting for it.
        Environment.Exit(completed ? 0 : 2);
        return 0;
    }
}
