using System.Globalization;
using System.Text;

namespace NotebookRunner.Capture;

/// <summary>Output written after its cell ended (fire-and-forget work): kept until it can be reported, never lost.</summary>
public sealed class LateOutputLog(int charLimit)
{
    readonly Lock gate = new();
    readonly List<(int Cell, StringBuilder Text)> entries = [];
    long dropped;

    /// <param name="cellNumber">The cell whose work wrote it, or 0 when no cell can be named.</param>
    public void Add(int cellNumber, string stream, string text)
    {
        lock (gate)
        {
            int kept = entries.Sum(entry => entry.Text.Length);
            if (kept + text.Length > charLimit)
            {
                dropped += text.Length;
                return;
            }
            if (entries.Count == 0 || entries[^1].Cell != cellNumber)
                entries.Add((cellNumber, new StringBuilder()));
            entries[^1].Text.Append(stream == "stderr" ? "stderr: " + text : text);
        }
    }

    /// <summary>Takes everything logged so far: which cells wrote late, and a note to show the text.</summary>
    public LateOutput? Drain()
    {
        lock (gate)
        {
            if (entries.Count == 0 && dropped == 0)
                return null;
            var note = new StringBuilder();
            foreach (var (cell, text) in entries)
            {
                string origin = cell > 0 ? $"cell {cell}" : "an unknown cell";
                note.Append($"⚠ output from {origin}, written after that cell ended (fire-and-forget work):\n");
                note.Append(text);
                if (text.Length > 0 && text[^1] != '\n')
                    note.Append('\n');
            }
            if (dropped > 0)
                note.Append(string.Create(CultureInfo.InvariantCulture, $"[late output truncated: {dropped:N0} more characters]\n"));
            var result = new LateOutput(entries.Select(entry => entry.Cell).Distinct().ToArray(), note.ToString());
            entries.Clear();
            dropped = 0;
            return result;
        }
    }
}

/// <summary>Late output gathered between two reports: the cells that wrote it and the note that shows it.</summary>
public sealed record LateOutput(IReadOnlyList<int> FromCells, string Note);
