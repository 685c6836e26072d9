using NotebookRunner.Capture;
using NotebookRunner.Formatting;

namespace NotebookRunner.Execution;

/// <summary>What a cell can call without a using, as in the kernel.</summary>
public class CellGlobals
{
    /// <summary>Shows <paramref name="value"/> in the cell's output, formatted like the kernel (text/html + text/plain).</summary>
#pragma warning disable IDE1006 // lower case, as the kernel spells it
    public void display(object? value) => OutputRouter.Current?.Display(ConventionFormatter.Format(value));
#pragma warning restore IDE1006
}
