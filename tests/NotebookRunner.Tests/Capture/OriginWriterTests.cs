using NotebookRunner.Capture;
using NotebookRunner.Execution;

namespace NotebookRunner.Tests.Capture;

public sealed class OriginWriterTests
{
    [Fact]
    public async Task Given_cell_2_running_when_work_started_by_cell_1_writes_then_it_is_late_output_of_cell_1_and_cell_2s_own_text_goes_on()
    {
        var kernel = new StringWriter();
        var late = new List<(int Cell, string Stream, string Text)>();
        var writer = new OriginWriter(kernel, runningCell: 2, "stdout", (cell, stream, text) => late.Add((cell, stream, text)));
        Task earlierWork = Task.CompletedTask;
        var gate = new TaskCompletionSource();
        await Task.Run(() =>
        {
            CellOrigin.Enter(1);
            earlierWork = Task.Run(async () => { await gate.Task; writer.WriteLine("from cell 1"); });
        });

        await Task.Run(async () =>
        {
            CellOrigin.Enter(2);
            writer.Write("own ");
            gate.SetResult();
            await earlierWork;
            writer.WriteLine("text");
        });

        Assert.Equal("own text" + Environment.NewLine, kernel.ToString());
        Assert.Equal([(1, "stdout", "from cell 1" + Environment.NewLine)], late);
    }

    [Fact]
    public void Given_a_thread_no_cell_started_when_it_writes_then_the_running_cell_keeps_it()
    {
        var kernel = new StringWriter();
        var late = new List<int>();
        var writer = new OriginWriter(kernel, runningCell: 3, "stderr", (cell, _, _) => late.Add(cell));

        var thread = new Thread(() => writer.Write("unowned"));
        using (ExecutionContext.SuppressFlow())
            thread.Start();
        thread.Join();

        Assert.Equal("unowned", kernel.ToString());
        Assert.Empty(late);
    }
}
