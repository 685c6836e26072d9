using System.Text;

namespace NotebookRunner.Capture;

/// <summary>A Console writer that hands every write to <see cref="OutputRouter"/>.</summary>
sealed class RoutingWriter(string stream) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => OutputRouter.Write(stream, value.ToString());

    public override void Write(string? value) => OutputRouter.Write(stream, value ?? "");

    public override void Write(char[] buffer, int index, int count) => OutputRouter.Write(stream, new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => OutputRouter.Write(stream, new string(buffer));

    public override void WriteLine(string? value) => OutputRouter.Write(stream, (value ?? "") + new string(CoreNewLine));
}
