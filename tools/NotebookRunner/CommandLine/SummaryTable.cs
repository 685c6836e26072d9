using NotebookRunner.Orchestration;
using Spectre.Console;

namespace NotebookRunner.CommandLine;

/// <summary>The closing table: one row per notebook.</summary>
static class SummaryTable
{
    public static Table Create(IReadOnlyList<NotebookRunResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Notebook")
            .AddColumn("Result")
            .AddColumn(new TableColumn("Cells run").RightAligned())
            .AddColumn(new TableColumn("Passed").RightAligned())
            .AddColumn(new TableColumn("Failed").RightAligned())
            .AddColumn(new TableColumn("Skipped").RightAligned())
            .AddColumn(new TableColumn("Not run").RightAligned())
            .AddColumn(new TableColumn("Checks ✅/❌").RightAligned())
            .AddColumn(new TableColumn("Time").RightAligned());
        foreach (var result in results)
        {
            table.AddRow(
                Markup.Escape(result.Name),
                result.Passed ? "[green]passed[/]" : "[red]failed[/]",
                result.CellsRun.ToString(),
                result.CellsPassed.ToString(),
                result.CellsFailed.ToString(),
                result.CellsSkipped.ToString(),
                result.CellsNotRun.ToString(),
                $"{result.ChecksSolved}/{result.ChecksUnsolved}",
                $"{result.ElapsedMs / 1000:0.0} s");
        }
        int passed = results.Count(result => result.Passed);
        table.Caption($"{passed} of {results.Count} notebooks passed");
        return table;
    }
}
