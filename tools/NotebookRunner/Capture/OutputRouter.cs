namespace NotebookRunner.Capture;

/// <summary>
/// Routes Console output to the cell whose work wrote it: the capture flows with the ExecutionContext,
/// so continuations, Task.Run and new threads started by a cell write into that cell.
/// </summary>
public static class OutputRouter
{
    static readonly AsyncLocal<CellCapture?> current = new();
    static CellCapture? running;
    static LateOutputLog? unattributed;

    /// <summary>The capture of the cell this code belongs to, else the cell running now.</summary>
    public static CellCapture? Current => current.Value ?? Volatile.Read(ref running);

    /// <summary>Replaces Console.Out and Console.Error; output nobody can attribute goes to <paramref name="orphanLog"/>.</summary>
    public static void Install(LateOutputLog orphanLog)
    {
        unattributed = orphanLog;
        Console.SetOut(new RoutingWriter("stdout"));
        Console.SetError(new RoutingWriter("stderr"));
    }

    /// <summary>Makes <paramref name="capture"/> the target of the calling flow and the fallback for unattributed writes.</summary>
    public static void Enter(CellCapture capture)
    {
        current.Value = capture;
        Volatile.Write(ref running, capture);
    }

    /// <summary>Ends the fallback; later writes from the cell's work count as late output.</summary>
    public static void Leave(CellCapture capture) => Interlocked.CompareExchange(ref running, null, capture);

    internal static void Write(string stream, string text)
    {
        if (Current is { } capture)
            capture.Write(stream, text);
        else
            unattributed?.Add(0, stream, text);
    }
}
