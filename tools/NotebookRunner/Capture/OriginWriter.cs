using System.Text;
using NotebookRunner.Execution;

namespace NotebookRunner.Capture;

/// <summary>
/// Sits on the kernel's Console capture while a cell runs: writes from work an earlier cell started go to
/// <paramref name="late"/> with that cell's number; everything else goes on to the kernel (the running cell's output).
/// </summary>
sealed class OriginWriter(TextWriter kernel, int runningCell, string stream, Action<int, string, string> late) : TextWriter
{
    public override Encoding Encoding => kernel.Encoding;

    public override void Write(char value) => Route(value.ToString());

    public override void Write(string? value) => Route(value ?? "");

    public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Route(new string(buffer));

    public override void WriteLine(string? value) => Route((value ?? "") + new string(CoreNewLine));

    public override void Flush() => kernel.Flush();

    void Route(string text)
    {
        int origin = CellOrigin.Current;
        if (origin > 0 && origin != runningCell)
            late(origin, stream, text);
        else
            kernel.Write(text);
    }
}
