using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>
/// Given errors/timeout.ipynb, whose second cell spins forever, when the runner runs it with a short timeout (long enough for a
/// cold kernel's first cell on a loaded machine).
/// </summary>
public sealed class TimeoutTests(TimeoutTests.Run run) : IClassFixture<TimeoutTests.Run>
{
    public sealed class Run : IDisposable
    {
        public FixtureFolder Fixtures { get; } = new();
        public RunnerResult Result { get; }

        public Run() => Result = RunnerCli.Run(Fixtures.Root, "errors/timeout.ipynb", "errors/ok.ipynb", "--timeout", "45", "-o", "out");

        public void Dispose() => Fixtures.Dispose();
    }

    [Fact]
    public void Then_the_cell_is_reported_as_timed_out_with_one_line()
    {
        Assert.Equal(1, run.Result.ExitCode);
        Assert.Equal(
            ["errors/timeout.ipynb cell 2 (`Console.WriteLine(\"spinning\");`): did not finish within 45 s (the per-cell timeout); later cells were not run"],
            run.Result.Errors);
    }

    [Fact]
    public void Then_its_output_so_far_is_kept_and_later_cells_are_marked_not_run()
    {
        var notebook = run.Result.Executed("timeout");
        Assert.Equal(["stdout: before\n"], notebook.Describe(1));
        Assert.Equal(["stdout: spinning\n", "error TimeoutException: The cell did not finish within 45 s (the per-cell timeout); later cells were not run."], notebook.Describe(2));
        Assert.Empty(notebook.Outputs(3));
        Assert.Null(notebook.ExecutionCount(3));
        Assert.Equal(["Passed", "TimedOut", "NotRun"], run.Result.SummaryOf("timeout")["cells"]!.AsArray().Select(cell => cell!["status"]!.GetValue<string>()));
        Nbformat.AssertValid(notebook.Path);
    }

    [Fact]
    public void Then_the_runner_exits_cleanly_and_runs_the_next_notebook()
    {
        Assert.Equal("passed", run.Result.SummaryOf("ok")["status"]!.GetValue<string>());
        Assert.Contains("1 of 2 notebooks passed", run.Result.StandardOutput);
    }
}
