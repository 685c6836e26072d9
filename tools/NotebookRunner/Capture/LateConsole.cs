using System.Text;
using NotebookRunner.Execution;

namespace NotebookRunner.Capture;

/// <summary>
/// The Console writer underneath the kernel's own per-cell capture: the kernel hands it what was written outside any
/// running cell (fire-and-forget work after its cell ended), which is kept as late output of the cell that started it.
/// </summary>
sealed class LateConsole(string stream, LateOutputLog log) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Installs a writer for stdout and stderr; call before the kernel is built (it wraps the writers it finds).</summary>
    public static void Install(LateOutputLog log)
    {
        Console.SetOut(new LateConsole("stdout", log));
        Console.SetError(new LateConsole("stderr", log));
    }

    public override void Write(char value) => log.Add(CellOrigin.Current, stream, value.ToString());

    public override void Write(string? value) => log.Add(CellOrigin.Current, stream, value ?? "");

    public override void Write(char[] buffer, int index, int count) => log.Add(CellOrigin.Current, stream, new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => log.Add(CellOrigin.Current, stream, new string(buffer));

    public override void WriteLine(string? value) => log.Add(CellOrigin.Current, stream, (value ?? "") + new string(CoreNewLine));
}
