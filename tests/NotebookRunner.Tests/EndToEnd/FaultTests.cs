using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>
/// Given faults/ (an async void exception thrown after its cell, fire-and-forget output across three later cells, a cell
/// that holds 2 GB), when the runner runs them with a 512 MB worker bound, twice for the async void notebook.
/// </summary>
public sealed class FaultTests(FaultTests.Run run) : IClassFixture<FaultTests.Run>
{
    public sealed class Run : IDisposable
    {
        public FixtureFolder Fixtures { get; } = new();
        public RunnerResult Result { get; }
        public RunnerResult AsyncVoidAgain { get; }

        public Run()
        {
            Result = RunnerCli.Run(Fixtures.Root, "faults", "--max-memory", "512", "-o", "out");
            AsyncVoidAgain = RunnerCli.Run(Fixtures.Root, "faults/async-void.ipynb", "-o", "again");
        }

        public void Dispose() => Fixtures.Dispose();
    }

    static string[] Statuses(RunnerResult result, string notebook) =>
        result.SummaryOf(notebook)["cells"]!.AsArray().Select(cell => $"{cell!["number"]}: {cell["status"]}").ToArray();

    [Fact]
    public void Then_an_async_void_exception_after_its_cell_fails_that_cell_and_nothing_after_it_counts_in_every_run()
    {
        const string expected = "faults/async-void.ipynb cell 1 (`async void Boom()`): unhandled exception on a background thread: System.InvalidOperationException: async void boom; the notebook's worker process ended, later cells were not run";
        Assert.Contains(expected, run.Result.Errors);
        Assert.Equal([expected], run.AsyncVoidAgain.Errors);
        Assert.Equal(["1: Failed", "2: NotRun", "3: NotRun"], Statuses(run.Result, "async-void"));
        Assert.Equal(Statuses(run.Result, "async-void"), Statuses(run.AsyncVoidAgain, "async-void"));
        Nbformat.AssertValid(run.Result.ExecutedPath("async-void"));
    }

    [Fact]
    public void Then_output_from_fire_and_forget_work_is_kept_and_reported_once_for_the_cell_that_started_it()
    {
        var lines = run.Result.Errors.Where(line => line.StartsWith("faults/late-many.ipynb", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["faults/late-many.ipynb cell 1 (`var ticks = Task.Run(async () =>`): wrote output after the cell ended (fire-and-forget work); the text is shown in cell 2's output"], lines);
        var notebook = run.Result.Executed("late-many");
        string shown = string.Concat(Enumerable.Range(2, 3).SelectMany(notebook.Describe));
        Assert.Contains("tick 1", shown);
        Assert.Contains("tick 2", shown);
        Assert.Contains("tick 3", shown);
        Assert.True(shown.IndexOf("tick 1", StringComparison.Ordinal) < shown.IndexOf("tick 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Then_a_cell_that_crosses_the_memory_bound_fails_by_name_and_the_notebook_goes_on()
    {
        Assert.Contains(run.Result.Errors, line => line.StartsWith("faults/memory.ipynb cell 1 (`var held = new List<byte[]>();`): System.OutOfMemoryException", StringComparison.Ordinal)
                                                  && line.EndsWith("the cell crossed the worker's memory bound of 512 MB (--max-memory)", StringComparison.Ordinal));
        Assert.Equal(["result text/plain: after the memory cell"], run.Result.Executed("memory").Describe(2));
    }
}

/// <summary>Given notebooks that rewrite or delete their own file, when run: each is warned about, and they still pass.</summary>
public sealed class SelfWriteTests : IDisposable
{
    readonly FixtureFolder fixtures = new();

    public void Dispose() => fixtures.Dispose();

    [Fact]
    public void When_a_cell_changes_or_deletes_its_own_notebook_then_a_warning_names_the_cell_and_the_run_passes()
    {
        var result = RunnerCli.Run(fixtures.Root, "selfwrite", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var warnings = result.StandardError.Split('\n', StringSplitOptions.TrimEntries).Where(line => line.StartsWith("warning: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            [$"warning: selfwrite/self-delete.ipynb cell 1 (`System.IO.File.Delete(\"self-delete.ipynb\");`): the cell deleted its own notebook file {fixtures.PathOf("selfwrite/self-delete.ipynb")}",
             $"warning: selfwrite/self-write.ipynb cell 1 (`System.IO.File.AppendAllText(\"self-write.ipyn...`): the cell changed its own notebook file {fixtures.PathOf("selfwrite/self-write.ipynb")}"],
            warnings);
        Assert.Single(result.SummaryOf("self-write")["warnings"]!.AsArray());
    }
}

/// <summary>Given output folders that cannot work, when the runner is asked to use them: it refuses before running anything.</summary>
public sealed class OutputFolderTests : IDisposable
{
    readonly FixtureFolder fixtures = new();

    public void Dispose() => fixtures.Dispose();

    [Fact]
    public void When_the_executed_copy_would_be_the_source_itself_then_the_run_is_refused_and_the_source_is_untouched()
    {
        string source = fixtures.PathOf("overwrite/notebooks/lesson.ipynb");
        string before = File.ReadAllText(source);

        var result = RunnerCli.Run(fixtures.Root, "overwrite/notebooks/lesson.ipynb", "-o", "overwrite");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["overwrite/notebooks/lesson.ipynb: its executed copy would be written to overwrite/notebooks/lesson.ipynb, which is the source notebook overwrite/notebooks/lesson.ipynb itself; choose another --output"], result.Errors);
        Assert.Equal(before, File.ReadAllText(source));
        Assert.False(File.Exists(fixtures.PathOf("overwrite/summary.json")));
    }

    [Theory]
    [InlineData("a-file")]
    [InlineData("/dev/null")]
    public void When_the_output_folder_cannot_be_written_then_nothing_runs(string output)
    {
        File.WriteAllText(fixtures.PathOf("a-file"), "not a folder");

        var result = RunnerCli.Run(fixtures.Root, "errors/ok.ipynb", "-o", output);

        Assert.Equal(1, result.ExitCode);
        string error = Assert.Single(result.Errors);
        Assert.StartsWith($"{output}: the output folder cannot be used: ", error);
        Assert.DoesNotContain("[1/1]", result.StandardOutput);
    }

    [Fact]
    public void When_every_notebook_lies_in_the_output_folder_then_the_message_says_so()
    {
        var result = RunnerCli.Run(fixtures.PathOf("warm"), ".", "-o", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["no notebooks to run in .: the 2 found lie inside the output folder . (executed copies are not run again); choose another --output"], result.Errors);
    }

    [Fact]
    public async Task When_two_runs_share_an_output_folder_then_both_finish_and_leave_valid_copies_and_no_temporary_files()
    {
        var first = Task.Run(() => RunnerCli.Run(fixtures.Root, "errors/ok.ipynb", "-o", "shared"));
        var second = Task.Run(() => RunnerCli.Run(fixtures.Root, "errors/ok.ipynb", "-o", "shared"));
        var results = await Task.WhenAll(first, second);

        foreach (var result in results)
            Assert.True(result.ExitCode == 0, result.ToString());
        Nbformat.AssertValid(fixtures.PathOf("shared/notebooks/ok.ipynb"));
        Assert.Empty(Directory.EnumerateFiles(fixtures.PathOf("shared"), "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(fixtures.PathOf("shared"), ".write-probe*", SearchOption.AllDirectories));
    }
}
