namespace Course.Tests;

[Collection(CourseRun.Collection)]
public sealed class CourseRunTests(CourseRun run)
{
    [Fact]
    public void Given_the_course_notebooks_Then_there_are_lessons_to_run() =>
        Assert.NotEmpty(run.SourceNotebooks);

    [Fact]
    public void Given_the_notebooks_as_given_When_run_expecting_unsolved_checks_Then_the_runner_exits_0() =>
        Assert.True(run.AsGiven.ExitCode == 0, run.AsGiven.Describe());

    [Fact]
    public void Given_the_reference_solutions_When_run_with_solutions_Then_the_runner_exits_0() =>
        Assert.True(run.WithSolutions.ExitCode == 0, run.WithSolutions.Describe());

    [Fact]
    public void Given_both_runs_Then_every_notebook_is_in_the_summary_and_passed()
    {
        foreach (var result in new[] { run.AsGiven, run.WithSolutions })
        {
            var summary = result.Summary;
            Assert.Equal(
                run.SourceNotebooks.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
                summary.Notebooks.Select(notebook => Path.GetFileNameWithoutExtension(notebook.Name)).Order(StringComparer.Ordinal));
            var failed = summary.Notebooks.Where(notebook => !notebook.Passed).Select(notebook => notebook.ToString()).ToArray();
            Assert.True(failed.Length == 0, $"{result.Command}\nnot passed:\n{string.Join('\n', failed)}");
        }
    }

    [Fact]
    public async Task Given_both_runs_Then_every_executed_notebook_validates_with_nbformat()
    {
        foreach (var result in new[] { run.AsGiven, run.WithSolutions })
        {
            var executed = run.SourceNotebooks.Select(result.ExecutedCopyOf).ToArray();
            var missing = executed.Where(file => !File.Exists(file)).ToArray();
            Assert.True(missing.Length == 0, $"{result.Command}\nno executed copy: {string.Join(", ", missing)}");
            var problems = await NotebookValidator.ProblemsAsync(executed);
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
    }

    [Fact]
    public void Given_both_runs_Then_the_source_notebooks_are_byte_identical()
    {
        var changes = run.SourcesAfter.DifferencesFrom(run.SourcesBefore);
        Assert.True(changes.Count == 0, "notebooks/ changed during the runs:\n" + string.Join('\n', changes));
    }
}
