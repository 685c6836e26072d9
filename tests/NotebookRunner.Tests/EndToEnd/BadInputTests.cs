using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>
/// Given broken notebooks (compile error, exception, late output, background crash, unobserved exception, huge output,
/// unreadable files, a missing path) next to a good one, when the runner runs them all in one invocation.
/// </summary>
public sealed class BadInputTests(BadInputTests.Run run) : IClassFixture<BadInputTests.Run>
{
    public sealed class Run : IDisposable
    {
        public FixtureFolder Fixtures { get; } = new();
        public RunnerResult Result { get; }

        public Run()
        {
            File.Delete(Fixtures.PathOf("errors/timeout.ipynb"));   // has its own test: it needs a short timeout
            Result = RunnerCli.Run(Fixtures.Root, "errors", "bad", "missing/nowhere.ipynb", "-o", "out");
        }

        public void Dispose() => Fixtures.Dispose();
    }

    [Fact]
    public void Then_the_exit_code_is_non_zero_and_only_the_good_notebook_passed()
    {
        Assert.Equal(1, run.Result.ExitCode);
        Assert.Equal(
            ["background-crash: failed", "errors: failed", "huge-output: failed", "late-output: failed", "ok: passed", "unobserved: failed",
             "malformed: failed", "metadata-array: failed", "not-a-notebook: failed", "python: failed", "source-numbers: failed", "nowhere: failed"],
            run.Result.Summary["notebooks"]!.AsArray().Select(notebook => $"{notebook!["name"]}: {notebook["status"]}"));
    }

    [Fact]
    public void Then_unreadable_files_each_get_one_line_naming_the_file()
    {
        Assert.Contains("bad/malformed.ipynb: malformed JSON (line 3, byte 1): Expected start of a property name or value, but instead reached end of data.", run.Result.Errors);
        Assert.Contains("bad/not-a-notebook.ipynb: not a Jupyter notebook (no \"cells\" array)", run.Result.Errors);
        Assert.Contains("bad/python.ipynb: unknown kernel language 'python' (this runner runs C# notebooks)", run.Result.Errors);
        Assert.Contains("missing/nowhere.ipynb: file not found", run.Result.Errors);
    }

    [Fact]
    public void Then_a_notebook_with_one_malformed_cell_fails_alone_naming_the_cell()
    {
        Assert.Contains("bad/source-numbers.ipynb: cell 2: \"source\" must be a string or a list of strings (it is a list of numbers)", run.Result.Errors);
        Assert.Contains("bad/metadata-array.ipynb: cell 2: \"metadata\" must be an object (it is a list of numbers)", run.Result.Errors);
        Assert.Equal("passed", run.Result.SummaryOf("ok")["status"]!.GetValue<string>());
        Assert.DoesNotContain("Unhandled exception", run.Result.StandardError);
    }

    [Fact]
    public void Then_a_compile_error_names_notebook_cell_first_line_and_the_cells_line()
    {
        Assert.Contains("errors/errors.ipynb cell 2 (`var c = a;`): error CS0103: The name 'missing' does not exist in the current context (line 3)", run.Result.Errors);
        Assert.Equal(["error CompilationError: (3,13): error CS0103: The name 'missing' does not exist in the current context"], run.Result.Executed("errors").Describe(2));
    }

    [Fact]
    public void Then_an_exception_keeps_the_output_before_it_and_names_its_line()
    {
        // The kernel compiles cells without line information, so a runtime error names the cell, not a line.
        Assert.Contains("errors/errors.ipynb cell 3 (`Console.WriteLine(\"before\");`): System.InvalidOperationException: boom", run.Result.Errors);
        var notebook = run.Result.Executed("errors");
        Assert.Equal(["stdout: before\n", "error System.InvalidOperationException: boom"], notebook.Describe(3));
        var traceback = notebook.Outputs(3)[1]!["traceback"]!.AsArray().Select(line => line!.GetValue<string>()).ToArray();
        Assert.Equal("System.InvalidOperationException: boom", traceback[0]);
        Assert.StartsWith("   at Submission#", traceback[1]);
    }

    [Fact]
    public void Then_cells_after_a_failure_still_run_with_the_state_so_far()
    {
        Assert.Equal(["result html: 3"], run.Result.Executed("errors").Describe(4));
    }

    [Fact]
    public void Then_an_unknown_magic_command_is_an_error()
    {
        Assert.Contains("errors/errors.ipynb cell 5 (`#!nonsense`): error DNI101: Unknown magic command '#!nonsense' (line 1)", run.Result.Errors);
    }

    [Fact]
    public void Then_output_written_after_its_cell_ended_is_shown_in_the_next_cell_and_reported()
    {
        Assert.Contains("errors/late-output.ipynb cell 1 (`var gate = new TaskCompletionSource();`): wrote output after the cell ended (fire-and-forget work); the text is shown in cell 2's output", run.Result.Errors);
        var notebook = run.Result.Executed("late-output");
        Assert.Equal(["stdout: cell 1 ends\n"], notebook.Describe(1));
        Assert.Equal(["stdout: cell 2 ends\n", "stderr: ⚠ output from cell 1, written after that cell ended (fire-and-forget work):\nlate line\n"], notebook.Describe(2));
        Assert.Equal(["result html: 2"], notebook.Describe(3));
    }

    [Fact]
    public void Then_a_background_thread_exception_fails_its_cell_and_the_runner_goes_on()
    {
        Assert.Contains("errors/background-crash.ipynb cell 2 (`using System.Threading;`): unhandled exception on a background thread: System.InvalidOperationException: background boom; the notebook's worker process ended, later cells were not run", run.Result.Errors);
        var notebook = run.Result.Executed("background-crash");
        Assert.Equal(["stdout: starting\n"], notebook.Describe(1));
        Assert.Empty(notebook.Outputs(3));
        Assert.Equal(1, run.Result.SummaryOf("background-crash")["cellsNotRun"]!.GetValue<int>());
        Assert.Equal("passed", run.Result.SummaryOf("ok")["status"]!.GetValue<string>());
    }

    [Fact]
    public void Then_an_exception_nobody_observed_is_reported()
    {
        Assert.Contains("errors/unobserved.ipynb cell 3 (`Console.WriteLine(\"last\");`): after the last cell, an exception in fire-and-forget work was found that nobody observed: System.InvalidOperationException: nobody awaited me", run.Result.Errors);
    }

    [Fact]
    public void Then_huge_output_is_truncated_with_a_note_and_the_file_stays_small_and_valid()
    {
        Assert.Contains("errors/huge-output.ipynb cell 1 (`Console.Write(new string('x', 5_000_000));`): output truncated: the cell wrote more than the runner keeps (see the note at the end of its output)", run.Result.Errors);
        var notebook = run.Result.Executed("huge-output");
        string[] outputs = notebook.Describe(1);
        Assert.Equal(2, outputs.Length);
        Assert.Equal("stdout: " + new string('x', 100_000), outputs[0]);
        Assert.Equal("stderr: [output truncated: 4,900,005 more characters were written; the runner keeps 100,000 per cell]\n", outputs[1]);
        Assert.Equal(["result text/plain: after"], notebook.Describe(2));
        Assert.True(new FileInfo(notebook.Path).Length < 200_000);
    }

    [Fact]
    public void Then_every_executed_copy_is_valid_nbformat()
    {
        foreach (string name in new[] { "background-crash", "errors", "huge-output", "late-output", "ok", "unobserved" })
            Nbformat.AssertValid(run.Result.ExecutedPath(name));
        Assert.False(File.Exists(run.Result.ExecutedPath("malformed")));
    }

}
