using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>Given state/state.ipynb (state across cells, await, console, display, values, other kernels), when the runner runs it.</summary>
public sealed class StateAndOutputTests(StateAndOutputTests.Run run) : IClassFixture<StateAndOutputTests.Run>
{
    public sealed class Run : IDisposable
    {
        public FixtureFolder Fixtures { get; } = new();
        public RunnerResult Result { get; }
        public ExecutedNotebook Notebook { get; }

        public Run()
        {
            Result = RunnerCli.Run(Fixtures.Root, "state/state.ipynb", "-o", "out");
            Notebook = Result.Executed("state");
        }

        public void Dispose() => Fixtures.Dispose();
    }

    [Fact]
    public void Then_it_passes_with_exit_code_0_and_no_errors()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        Assert.Empty(run.Result.Errors);
    }

    [Fact]
    public void Then_variables_methods_types_and_usings_carry_over_between_cells()
    {
        Assert.Equal(["stdout: hello\n"], run.Notebook.Describe(2));
        Assert.Empty(run.Notebook.Outputs(3));
        Assert.Equal(["result html: 49"], run.Notebook.Describe(4));
        Assert.Equal(["result html: Point { X = 1, Y = 2 }"], run.Notebook.Describe(5));
        Assert.Equal(["result text/plain: |hello|9"], run.Notebook.Describe(14));
    }

    [Fact]
    public void Then_top_level_await_works_and_output_from_continuations_and_Task_Run_stays_in_its_cell()
    {
        Assert.Equal(["stdout: from the pool\nafter await\n"], run.Notebook.Describe(6));
    }

    [Fact]
    public void Then_display_calls_and_console_output_keep_their_order()
    {
        Assert.Equal(["display text/plain: shown", "stdout: between\n", "display html: 42"], run.Notebook.Describe(7));
    }

    [Fact]
    public void Then_a_trailing_void_call_shows_no_value()
    {
        Assert.Equal(["stdout: no value\n"], run.Notebook.Describe(8));
    }

    [Fact]
    public void Then_the_working_directory_is_the_notebooks_folder()
    {
        Assert.Equal(["result text/plain: beside the notebook"], run.Notebook.Describe(9));
    }

    [Fact]
    public void Then_import_runs_another_file_in_the_session()
    {
        Assert.Equal(["result html: 42"], run.Notebook.Describe(10));
    }

    [Fact]
    public void Then_raw_cells_and_other_kernels_are_skipped_and_markdown_is_left_alone()
    {
        var summary = run.Result.SummaryOf("state");
        Assert.Equal(10, summary["cellsRun"]!.GetValue<int>());
        Assert.Equal(3, summary["cellsSkipped"]!.GetValue<int>());
        Assert.Null(run.Notebook.Cell(11)["outputs"]);
        Assert.Empty(run.Notebook.Outputs(12));
        Assert.Null(run.Notebook.ExecutionCount(12));
        Assert.Empty(run.Notebook.Outputs(13));
        Assert.Null(run.Notebook.Cell(1)["outputs"]);
    }

    [Fact]
    public void Then_execution_counts_number_the_code_cells_that_ran()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], new[] { 2, 3, 4, 5, 6, 7, 8, 9, 10 }.Select(cell => run.Notebook.ExecutionCount(cell) ?? 0));
        Assert.Equal(10, run.Notebook.ExecutionCount(14));
    }

    [Fact]
    public void Then_the_executed_copy_is_valid_nbformat_and_the_source_is_untouched()
    {
        Nbformat.AssertValid(run.Result.ExecutedPath("state"));
        var source = new ExecutedNotebook(run.Fixtures.PathOf("state/state.ipynb"));
        Assert.Empty(source.Outputs(2));
        Assert.Equal(run.Notebook.Json["metadata"]!.ToJsonString(), source.Json["metadata"]!.ToJsonString());
    }

    [Fact]
    public void Then_summary_json_records_the_notebook()
    {
        var summary = run.Result.SummaryOf("state");
        Assert.Equal("passed", summary["status"]!.GetValue<string>());
        Assert.Equal(0, summary["cellsFailed"]!.GetValue<int>());
        Assert.EndsWith("state.ipynb", summary["sourcePath"]!.GetValue<string>());
        Assert.Equal(run.Result.ExecutedPath("state"), Path.Combine(run.Fixtures.Root, summary["executedPath"]!.GetValue<string>()));
        Assert.Equal(13, summary["cells"]!.AsArray().Count);
    }
}
