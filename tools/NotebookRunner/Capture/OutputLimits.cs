namespace NotebookRunner.Capture;

/// <summary>How much output one cell may keep before the rest is dropped with a note (keeps executed notebooks openable).</summary>
/// <param name="StreamChars">Characters of stdout + stderr kept per cell.</param>
/// <param name="DisplayChars">Characters of display data kept per cell (a first chart inlines plotly.js, ~3.6 MB).</param>
public sealed record OutputLimits(int StreamChars, int DisplayChars)
{
    public static OutputLimits Default { get; } = new(StreamChars: 100_000, DisplayChars: 16_000_000);
}
