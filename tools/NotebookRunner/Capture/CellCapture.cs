using System.Globalization;
using System.Text;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Capture;

/// <summary>
/// Collects one cell's outputs in the order they happen (stream text merged, displays between),
/// from any thread the cell's work runs on. Once closed, new output is handed to the late-output log.
/// </summary>
public sealed class CellCapture(int cellNumber, OutputLimits limits, LateOutputLog lateOutput)
{
    readonly Lock gate = new();
    readonly List<CellOutput> outputs = [];
    readonly Dictionary<string, int> displayed = [];
    readonly StringBuilder pendingText = new();
    string? pendingStream;
    int streamChars;
    int displayChars;
    long droppedStreamChars;
    int droppedDisplays;
    bool closed;

    public int CellNumber { get; } = cellNumber;

    /// <summary>True when output had to be dropped because of <see cref="OutputLimits"/>.</summary>
    public bool Truncated { get; private set; }

    public void Write(string stream, string text)
    {
        if (text.Length == 0)
            return;
        lock (gate)
        {
            if (closed)
            {
                lateOutput.Add(CellNumber, stream, text);
                return;
            }
            int room = limits.StreamChars - streamChars;
            if (text.Length > room)
            {
                droppedStreamChars += text.Length - Math.Max(room, 0);
                Truncated = true;
                text = room > 0 ? text[..room] : "";
                if (text.Length == 0)
                    return;
            }
            streamChars += text.Length;
            if (pendingStream != stream)
                FlushText();
            pendingStream = stream;
            pendingText.Append(text);
        }
    }

    /// <summary>Replaces what an earlier <see cref="Display"/> with the same <paramref name="valueId"/> showed (the kernel updates its "Installing Packages" list in place).</summary>
    public void Update(string valueId, IReadOnlyDictionary<string, string> data)
    {
        lock (gate)
        {
            if (closed || !displayed.TryGetValue(valueId, out int index))
                return;
            outputs[index] = new DisplayOutput(data);
        }
    }

    public void Display(IReadOnlyDictionary<string, string> data, string? valueId = null)
    {
        lock (gate)
        {
            if (closed)
            {
                lateOutput.Add(CellNumber, "stdout", (data.GetValueOrDefault("text/plain") ?? "") + "\n");
                return;
            }
            int size = data.Values.Sum(text => text.Length);
            if (displayChars + size > limits.DisplayChars)
            {
                droppedDisplays++;
                Truncated = true;
                return;
            }
            displayChars += size;
            FlushText();
            if (valueId is not null)
                displayed[valueId] = outputs.Count;
            outputs.Add(new DisplayOutput(data));
        }
    }

    /// <summary>Adds an output produced by the runner itself (results, errors, notes); never truncated.</summary>
    public void Add(CellOutput output)
    {
        lock (gate)
        {
            FlushText();
            outputs.Add(output);
        }
    }

    /// <summary>Stops collecting and returns the outputs, with a note when some were dropped.</summary>
    public IReadOnlyList<CellOutput> Close()
    {
        lock (gate)
        {
            FlushText();
            closed = true;
            if (droppedStreamChars > 0)
                outputs.Add(new StreamOutput("stderr", string.Create(CultureInfo.InvariantCulture, $"[output truncated: {droppedStreamChars:N0} more characters were written; the runner keeps {limits.StreamChars:N0} per cell]\n")));
            if (droppedDisplays > 0)
                outputs.Add(new StreamOutput("stderr", string.Create(CultureInfo.InvariantCulture, $"[output truncated: {droppedDisplays:N0} more displayed values; the runner keeps {limits.DisplayChars:N0} characters of display data per cell]\n")));
            return outputs.ToArray();
        }
    }

    void FlushText()
    {
        if (pendingText.Length == 0)
            return;
        outputs.Add(new StreamOutput(pendingStream!, pendingText.ToString()));
        pendingText.Clear();
    }
}
