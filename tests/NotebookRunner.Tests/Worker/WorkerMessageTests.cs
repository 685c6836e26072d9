using System.Text.Json.Nodes;
using NotebookRunner.Worker;

namespace NotebookRunner.Tests.Worker;

public sealed class WorkerMessageTests
{
    [Fact]
    public void Given_a_cell_result_when_sent_as_a_line_and_read_back_then_every_field_survives()
    {
        var message = new WorkerMessage(WorkerMessage.CellFinished)
        {
            Cell = 4,
            Status = "Failed",
            Outputs = [new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "✅ <b>\n" }],
            ElapsedMs = 12.5,
            ExecutionCount = 3,
            Error = "error CS0103: x (line 2)",
            LateOutputFrom = [1, 2],
        };

        string line = message.ToLine();
        var read = WorkerMessage.FromLine(line)!;

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith(WorkerMessage.Prefix, line);
        Assert.Equal((4, "Failed", 12.5, 3, "error CS0103: x (line 2)"), (read.Cell, read.Status, read.ElapsedMs, read.ExecutionCount, read.Error));
        Assert.Equal([1, 2], read.LateOutputFrom!);
        Assert.Equal("✅ <b>\n", read.Outputs![0]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("plain text a child process wrote")]
    [InlineData("")]
    [InlineData("{\"kind\":\"finished\"}")]
    public void Given_a_line_without_the_protocol_prefix_when_read_then_it_is_ignored(string line)
    {
        Assert.Null(WorkerMessage.FromLine(line));
    }
}
