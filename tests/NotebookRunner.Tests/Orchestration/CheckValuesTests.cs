using NotebookRunner.Execution;

namespace NotebookRunner.Tests.Orchestration;

public sealed class CheckValuesTests
{
    /// <summary>Shaped like TaskTimeline's check result; the runner knows it only by name and properties.</summary>
    sealed record CheckResult(string Name, bool Passed, string Detail)
    {
        public override string ToString() => Passed ? $"✅ {Name}" : $"❌ Not solved yet: {Name}";
    }

    sealed record Verdict(bool Passed);

    [Fact]
    public void Given_a_check_result_object_when_read_then_its_own_verdict_and_text_are_taken()
    {
        Assert.Equal(new CheckReport(true, "✅ overlap"), CheckValues.Read(new CheckResult("overlap", true, "")));
        Assert.Equal(new CheckReport(false, "❌ Not solved yet: overlap"), CheckValues.Read(new CheckResult("overlap", false, "")));
    }

    [Fact]
    public void Given_text_that_looks_like_a_verdict_or_another_type_when_read_then_it_is_not_a_check()
    {
        Assert.Null(CheckValues.Read("✅ solved"));
        Assert.Null(CheckValues.Read(new Verdict(true)));
        Assert.Null(CheckValues.Read(null));
    }

    [Fact]
    public void Given_several_checks_in_one_cell_when_combined_then_one_failure_decides()
    {
        var passed = new CheckReport(true, "a");
        var failed = new CheckReport(false, "b");
        Assert.Equal(failed, CheckValues.Combine([passed, failed, passed]));
        Assert.Equal(passed, CheckValues.Combine([passed]));
        Assert.Null(CheckValues.Combine([]));
    }
}
