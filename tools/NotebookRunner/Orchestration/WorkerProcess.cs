using System.Diagnostics;
using System.Reflection;
using System.Text;
using NotebookRunner.Worker;

namespace NotebookRunner.Orchestration;

/// <summary>
/// Starts the runner again with the hidden worker verb for one notebook (one process per notebook, like one kernel
/// per notebook) and streams its protocol messages. Kills it when a cell overruns the timeout by a wide margin.
/// A worker can be started early (<see cref="StartWarm"/>): it loads and JITs the compiler, then sits idle until
/// <see cref="RunAsync"/> tells it to go, which takes the cold start off the course's critical path.
/// </summary>
public sealed class WorkerProcess(string notebookPath, WorkerArguments arguments)
{
    /// <summary>Grace the worker gets beyond the cell timeout to report the timeout itself before it is killed.</summary>
    static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(15);

    readonly StringBuilder standardError = new();
    Process? process;
    bool warm;

    /// <summary>What the worker wrote to stderr (runtime crash reports end up here).</summary>
    public string StandardError { get { lock (standardError) return standardError.ToString(); } }

    /// <summary>True when the orchestrator had to kill the worker.</summary>
    public bool Killed { get; private set; }

    public int ExitCode { get; private set; }

    /// <summary>Starts the worker now, to warm up and wait for <see cref="RunAsync"/> before it runs a cell.</summary>
    public void StartWarm()
    {
        if (process is not null)
            return;
        warm = true;
        process = Start(warmStart: true);
    }

    /// <summary>Ends a worker started by <see cref="StartWarm"/> that will not be run after all.</summary>
    public void Abandon()
    {
        if (process is null)
            return;
        try
        {
            process.Kill(entireProcessTree: true);   // it has only warmed up: nothing of the notebook ran
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
        process = null;
    }

    public async Task RunAsync(Action<WorkerMessage> onMessage)
    {
        using Process running = process ??= Start(warmStart: false);
        try
        {
            if (warm)
                await running.StandardInput.WriteLineAsync(WorkerHost.GoSignal);
            running.StandardInput.Close();
        }
        catch (IOException)
        {
            // The worker already ended (it could not start or read its notebook): its exit code and stderr say why.
        }
        var lastMessage = Stopwatch.StartNew();
        bool cellRunning = false;
        using var watchdog = new CancellationTokenSource();
        Task guard = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
            try
            {
                while (await timer.WaitForNextTickAsync(watchdog.Token))
                {
                    if (Volatile.Read(ref cellRunning) && lastMessage.Elapsed > arguments.CellTimeout + KillGrace && !running.HasExited)
                    {
                        Killed = true;
                        running.Kill(entireProcessTree: true);
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The worker ended on its own.
            }
        });
        while (await running.StandardOutput.ReadLineAsync() is { } line)
        {
            WorkerMessage? message = WorkerMessage.FromLine(line);
            if (message is null)
                continue;
            lastMessage.Restart();
            Volatile.Write(ref cellRunning, message.Kind == WorkerMessage.CellStarted);
            onMessage(message);
        }
        await running.WaitForExitAsync();
        watchdog.Cancel();
        await guard;
        ExitCode = running.ExitCode;
        process = null;
    }

    Process Start(bool warmStart)
    {
        var start = new ProcessStartInfo
        {
            FileName = Environment.ProcessPath!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (string argument in arguments.ToCommandLine(Path.GetFullPath(notebookPath)))
            start.ArgumentList.Add(argument);
        // The runtime enforces the bound: an allocation past it throws OutOfMemoryException in the cell that made it.
        start.Environment["DOTNET_GCHeapHardLimit"] = ((long)arguments.MaxMemoryMegabytes * 1024 * 1024).ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        if (warmStart)
            start.Environment[WorkerHost.WarmStartVariable] = "1";
        var started = Process.Start(start) ?? throw new InvalidOperationException("could not start the notebook worker");
        started.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
                lock (standardError) standardError.AppendLine(line.Data);
        };
        started.BeginErrorReadLine();
        return started;
    }
}
