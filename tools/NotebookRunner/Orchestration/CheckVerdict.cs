using NotebookRunner.Notebooks;

namespace NotebookRunner.Orchestration;

/// <summary>What a check cell said: a line starting with ✅ (solved) or ❌ (not solved yet).</summary>
public enum CheckVerdict
{
    None,
    Solved,
    Unsolved,
}

/// <summary>Reads a check cell's verdict from its outputs.</summary>
public static class CheckVerdicts
{
    public const string SolvedMark = "✅", UnsolvedMark = "❌";

    /// <summary>❌ anywhere wins over ✅ (one failing check line means not solved); also returns the deciding line.</summary>
    public static (CheckVerdict Verdict, string? Line) Read(IEnumerable<CellOutput> outputs)
    {
        var lines = outputs.SelectMany(TextOf).SelectMany(text => text.Split('\n')).Select(line => line.Trim()).ToArray();
        string? unsolved = lines.FirstOrDefault(line => line.StartsWith(UnsolvedMark, StringComparison.Ordinal));
        if (unsolved is not null)
            return (CheckVerdict.Unsolved, unsolved);
        string? solved = lines.FirstOrDefault(line => line.StartsWith(SolvedMark, StringComparison.Ordinal));
        return solved is not null ? (CheckVerdict.Solved, solved) : (CheckVerdict.None, null);
    }

    static IEnumerable<string> TextOf(CellOutput output) => output switch
    {
        StreamOutput { Name: "stdout" } stream => [stream.Text],
        DisplayOutput display => display.Data.TryGetValue("text/plain", out var text) ? [text] : [],
        ExecuteResultOutput result => result.Data.TryGetValue("text/plain", out var text) ? [text] : [],
        _ => [],
    };
}
