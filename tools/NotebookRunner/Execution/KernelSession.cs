using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using NotebookRunner.Capture;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace NotebookRunner.Execution;

/// <summary>
/// One notebook's .NET Interactive kernel, set up as the dotnet-interactive tool sets it up for a notebook frontend:
/// a <see cref="CompositeKernel"/> whose C# kernel has <c>#r "nuget:"</c>, the kernel helpers (<c>display()</c>), <c>#!who</c>
/// and value sharing, plus <c>#!import</c> and <c>#!time</c> on the composite.
/// </summary>
public sealed class KernelSession : IDisposable
{
    public const string CSharp = "csharp";

    readonly CompositeKernel kernel;
    readonly IDisposable subscription;
    Action<KernelEvent>? listener;
    int currentCell;

    public KernelSession()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective((k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(reference => reference.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        // Runs in the flow that executes the cell's code, so everything the cell starts knows which cell it came from.
        csharp.AddMiddleware(async (command, context, next) =>
        {
            int cell = Volatile.Read(ref currentCell);
            CellOrigin.Enter(cell);
            // The kernel has put its per-cell Console capture in place by now; sort out what is not this cell's on top of it.
            TextWriter kernelOut = Console.Out, kernelError = Console.Error;
            if (cell > 0 && LateConsole is { } late)
            {
                Console.SetOut(new OriginWriter(kernelOut, cell, "stdout", late));
                Console.SetError(new OriginWriter(kernelError, cell, "stderr", late));
            }
            try
            {
                await next(command, context);
            }
            finally
            {
                Console.SetOut(kernelOut);
                Console.SetError(kernelError);
            }
        });
        kernel = new CompositeKernel();
        kernel.Add(csharp, ["c#", "C#"]);
        kernel.UseImportMagicCommand();
        AddTimeDirective(kernel);
        kernel.DefaultKernelName = CSharp;
        subscription = kernel.KernelEvents.Subscribe(new EventObserver(this));
    }

    /// <summary>Submits one cell's code and hands every event it raises to <paramref name="onEvent"/> until it completes.</summary>
    /// <returns>The failure, or null when the submission succeeded.</returns>
    public async Task<CommandFailed?> SubmitAsync(int cellNumber, string code, Action<KernelEvent> onEvent)
    {
        Volatile.Write(ref currentCell, cellNumber);
        Volatile.Write(ref listener, onEvent);
        try
        {
            KernelCommandResult result = await kernel.SendAsync(new SubmitCode(code, CSharp));
            return result.Events.OfType<CommandFailed>().LastOrDefault();
        }
        finally
        {
            Volatile.Write(ref listener, null);
        }
    }

    /// <summary>Events raised while no cell runs (fire-and-forget work) go to this handler instead.</summary>
    public Action<KernelEvent>? Unattributed { get; set; }

    /// <summary>
    /// Console text a cell's work wrote while a later cell ran (cell number, stream, text): the kernel would route it by
    /// the flow it comes from, to the finished cell, and drop it.
    /// </summary>
    public Action<int, string, string>? LateConsole { get; set; }

    /// <summary>
    /// Builds a throwaway kernel and runs a trivial cell in it, so the kernel's code and the compiler are loaded and
    /// JIT-compiled before the notebook's own kernel is built: nothing of it is visible to the notebook. A first cell that
    /// only imports (<c>#!import</c> lines and comments, like the course's loader cell) runs there too, so the libraries it
    /// loads into the process, and whatever they prepare when loaded, are ready before the notebook's first cell.
    /// </summary>
    public static void WarmUp(string? firstCode = null)
    {
        using var warm = new KernelSession();
        warm.SubmitAsync(0, "var warm = new[] { 1, 2 }.Sum(); warm", _ => { }).GetAwaiter().GetResult();
        _ = Formatter.ToDisplayString(warm, PlainTextFormatter.MimeType);
        // A failure here (say, the loader is missing) is the notebook's to report when its own cell runs.
        if (firstCode is not null && OnlyImports(firstCode)) warm.SubmitAsync(0, firstCode, _ => { }).GetAwaiter().GetResult();
    }

    /// <summary>Whether a cell does nothing but <c>#!import</c> files (and comment on them).</summary>
    static bool OnlyImports(string code)
    {
        var lines = code.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Any(line => line.StartsWith("#!import ", StringComparison.Ordinal))
            && lines.All(line => line.StartsWith("#!import ", StringComparison.Ordinal) || line.StartsWith("//", StringComparison.Ordinal));
    }

    /// <summary><c>#!time</c>: the wall time of the rest of the submission, shown as the tool shows it.</summary>
    static void AddTimeDirective(Kernel target)
    {
        target.AddDirective(new KernelActionDirective("#!time", "Time the execution of the following code in the submission."), (_, context) =>
        {
            var clock = Stopwatch.StartNew();
            context.OnComplete(completed => completed.Publish(new StandardOutputValueProduced(
                completed.Command,
                [new FormattedValue(PlainTextFormatter.MimeType, $"Wall time: {clock.Elapsed.TotalMilliseconds:0.####}ms\n")])));
            return Task.CompletedTask;
        });
    }

    public void Dispose()
    {
        subscription.Dispose();
        kernel.Dispose();
    }

    sealed class EventObserver(KernelSession session) : IObserver<KernelEvent>
    {
        public void OnNext(KernelEvent value) => (Volatile.Read(ref session.listener) ?? session.Unattributed)?.Invoke(value);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
