using NotebookRunner.Capture;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Capture;

public sealed class CellCaptureTests
{
    readonly LateOutputLog late = new(charLimit: 1_000);

    [Fact]
    public void Given_writes_and_displays_when_closed_then_text_is_merged_per_stream_and_order_is_kept()
    {
        var capture = new CellCapture(3, OutputLimits.Default, late);
        capture.Write("stdout", "a");
        capture.Write("stdout", "b\n");
        capture.Display(new Dictionary<string, string> { ["text/plain"] = "shown" });
        capture.Write("stderr", "warn\n");
        capture.Write("stdout", "c\n");

        var outputs = capture.Close();

        Assert.Equal<CellOutput>(
            [new StreamOutput("stdout", "ab\n"), new DisplayOutput(outputs[1] is DisplayOutput d ? d.Data : null!), new StreamOutput("stderr", "warn\n"), new StreamOutput("stdout", "c\n")],
            outputs);
        Assert.Equal("shown", ((DisplayOutput)outputs[1]).Data["text/plain"]);
    }

    [Fact]
    public void Given_more_text_than_the_limit_when_closed_then_it_is_cut_with_a_note()
    {
        var capture = new CellCapture(1, new OutputLimits(StreamChars: 5, DisplayChars: 10), late);
        capture.Write("stdout", "1234");
        capture.Write("stdout", "56789");
        capture.Display(new Dictionary<string, string> { ["text/plain"] = "01234567890" });

        var outputs = capture.Close();

        Assert.True(capture.Truncated);
        Assert.Equal<CellOutput>(
            [new StreamOutput("stdout", "12345"),
             new StreamOutput("stderr", "[output truncated: 4 more characters were written; the runner keeps 5 per cell]\n"),
             new StreamOutput("stderr", "[output truncated: 1 more displayed values; the runner keeps 10 characters of display data per cell]\n")],
            outputs);
    }

    [Fact]
    public void Given_a_closed_capture_when_written_to_then_the_text_goes_to_the_late_log_with_its_cell()
    {
        var capture = new CellCapture(4, OutputLimits.Default, late);
        capture.Close();

        capture.Write("stdout", "after\n");
        var drained = late.Drain();

        Assert.NotNull(drained);
        Assert.Equal([4], drained.FromCells);
        Assert.Equal("⚠ output from cell 4, written after that cell ended (fire-and-forget work):\nafter\n", drained.Note);
        Assert.Null(late.Drain());
    }

}
