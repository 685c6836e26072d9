using System.Diagnostics;
using NotebookRunner.Orchestration;
using Spectre.Console;

namespace NotebookRunner.CommandLine;

/// <summary>Progress on a terminal: a live status line (notebook, cell i/n, elapsed) refreshed while cells run.</summary>
sealed class LiveProgress(StatusContext status) : IRunProgress
{
    readonly Stopwatch notebookClock = new();
    string notebook = "";
    string position = "";
    int cell;
    int cellCount;

    public void NotebookStarted(string displayPath, int index, int count)
    {
        notebook = displayPath;
        position = $"[{index}/{count}]";
        cell = 0;
        notebookClock.Restart();
        Refresh();
    }

    public void CellStarted(int cellNumber, int cellCount)
    {
        cell = cellNumber;
        this.cellCount = cellCount;
        Refresh();
    }

    public void NotebookFinished(NotebookRunResult result)
    {
        string mark = result.Passed ? "[green]✔[/]" : "[red]✘[/]";
        AnsiConsole.MarkupLine($"{mark} {Markup.Escape(notebook)} [grey]({result.CellsRun} cells, {result.ElapsedMs / 1000:0.0} s)[/]");
        ProblemLines.Write(result);
    }

    /// <summary>Called by a timer so the elapsed time keeps moving during long cells.</summary>
    public void Refresh()
    {
        string where = cell > 0 ? $"cell {cell}/{cellCount}" : "starting";
        status.Status = $"{Markup.Escape(position)} {Markup.Escape(notebook)}  {where}  [grey]{notebookClock.Elapsed.TotalSeconds:0.0} s[/]";
    }
}
