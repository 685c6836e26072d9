using NotebookRunner.Notebooks;
using NotebookRunner.Orchestration;

namespace NotebookRunner.Tests.Orchestration;

public sealed class CheckVerdictsTests
{
    [Fact]
    public void Given_a_solved_line_when_read_then_the_check_is_solved()
    {
        Assert.Equal((CheckVerdict.Solved, "✅ all tasks overlap"), CheckVerdicts.Read([new StreamOutput("stdout", "checking\n  ✅ all tasks overlap\n")]));
    }

    [Fact]
    public void Given_solved_and_unsolved_lines_when_read_then_not_solved_wins()
    {
        Assert.Equal((CheckVerdict.Unsolved, "❌ took 6 s"), CheckVerdicts.Read([new StreamOutput("stdout", "✅ ran\n"), new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "❌ took 6 s" })]));
    }

    [Fact]
    public void Given_marks_only_on_stderr_or_inside_lines_when_read_then_there_is_no_verdict()
    {
        Assert.Equal((CheckVerdict.None, null), CheckVerdicts.Read([new StreamOutput("stderr", "✅ no\n"), new StreamOutput("stdout", "say ✅ later\n")]));
    }
}
