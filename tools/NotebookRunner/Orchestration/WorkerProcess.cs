using System.Diagnostics;
using System.Reflection;
using System.Text;
using NotebookRunner.Worker;

namespace NotebookRunner.Orchestration;

/// <summary>
/// Starts the runner again with the hidden worker verb for one notebook (one process per notebook, like one kernel
/// per notebook) and streams its protocol messages. Kills it when a cell overruns the timeout by a wide margin.
/// </summary>
public sealed class WorkerProcess
{
    /// <summary>Grace the worker gets beyond the cell timeout to report the timeout itself before it is killed.</summary>
    static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(15);

    readonly StringBuilder standardError = new();

    /// <summary>What the worker wrote to stderr (runtime crash reports end up here).</summary>
    public string StandardError { get { lock (standardError) return standardError.ToString(); } }

    /// <summary>True when the orchestrator had to kill the worker.</summary>
    public bool Killed { get; private set; }

    public int ExitCode { get; private set; }

    public async Task RunAsync(string notebookPath, WorkerArguments arguments, Action<WorkerMessage> onMessage)
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the notebook worker");
        process.StandardInput.Close();
        var lastMessage = Stopwatch.StartNew();
        bool cellRunning = false;
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
                lock (standardError) standardError.AppendLine(line.Data);
        };
        process.BeginErrorReadLine();
        using var watchdog = new CancellationTokenSource();
        Task guard = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
            try
            {
                while (await timer.WaitForNextTickAsync(watchdog.Token))
                {
                    if (Volatile.Read(ref cellRunning) && lastMessage.Elapsed > arguments.CellTimeout + KillGrace && !process.HasExited)
                    {
                        Killed = true;
                        process.Kill(entireProcessTree: true);
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The worker ended on its own.
            }
        });
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            WorkerMessage? message = WorkerMessage.FromLine(line);
            if (message is null)
                continue;
            lastMessage.Restart();
            Volatile.Write(ref cellRunning, message.Kind == WorkerMessage.CellStarted);
            onMessage(message);
        }
        await process.WaitForExitAsync();
        watchdog.Cancel();
        await guard;
        ExitCode = process.ExitCode;
    }
}
