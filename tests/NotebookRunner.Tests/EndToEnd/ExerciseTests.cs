using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>Given exercise notebooks (a stub tagged exercise, its solution file, a check cell), when run in each mode.</summary>
public sealed class ExerciseTests : IDisposable
{
    readonly FixtureFolder fixtures = new();

    public void Dispose() => fixtures.Dispose();

    [Fact]
    public void When_run_as_given_then_the_check_reports_not_solved_yet_without_failing()
    {
        var result = RunnerCli.Run(fixtures.Root, "exercises/exercise.ipynb", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["result html: ❌ Not solved yet: Sum adds the values — Sum([1, 2, 3]) returned 0, expected 6"], result.Executed("exercise").Describe(3));
        var summary = result.SummaryOf("exercise");
        Assert.Equal(0, summary["checksSolved"]!.GetValue<int>());
        Assert.Equal(1, summary["checksUnsolved"]!.GetValue<int>());
    }

    [Fact]
    public void When_run_with_solutions_then_the_solution_replaces_the_stub_and_the_check_passes()
    {
        var result = RunnerCli.Run(fixtures.Root, "exercises/exercise.ipynb", "--with-solutions", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var notebook = result.Executed("exercise");
        Assert.Equal(["result html: ✅ Sum adds the values — Sum([1, 2, 3]) returned 6, expected 6"], notebook.Describe(3));
        Assert.Equal("int Sum(int[] values) => values.Sum();\n", ExecutedNotebook.Text(notebook.Cell(2)["source"]));
        Assert.Equal("int Sum(int[] values) => 0; // TODO: add them up", ExecutedNotebook.Text(new ExecutedNotebook(fixtures.PathOf("exercises/exercise.ipynb")).Cell(2)["source"]));
        Assert.Equal(1, result.SummaryOf("exercise")["checksSolved"]!.GetValue<int>());
        Nbformat.AssertValid(notebook.Path);
    }

    [Fact]
    public void When_expecting_unsolved_then_a_check_that_fails_on_the_stub_passes_and_one_that_cannot_fail_is_reported()
    {
        var result = RunnerCli.Run(fixtures.Root, "exercises/exercise.ipynb", "exercises/weak-check.ipynb", "--expect-unsolved", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("passed", result.SummaryOf("exercise")["status"]!.GetValue<string>());
        Assert.Equal(["exercises/weak-check.ipynb cell 2 (`record CheckResult(string Name, bool Passed, ...`): check passes on the unsolved exercise (--expect-unsolved): ✅ Twice doubles — looks fine"], result.Errors);
    }

    [Fact]
    public void When_a_solution_is_missing_or_a_check_says_nothing_then_the_notebook_fails()
    {
        var result = RunnerCli.Run(fixtures.Root, "exercises/missing-solution.ipynb", "exercises/silent-check.ipynb", "--with-solutions", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"exercises/missing-solution.ipynb cell 1 (`int Three() => 3;`): --with-solutions: no solution for exercise 'ex-missing' ({fixtures.PathOf("exercises/solutions/missing-solution/ex-missing.csx")} does not exist)",
             "exercises/silent-check.ipynb cell 1 (`Console.WriteLine(\"✅ checked (text that looks...`): check cell produced no check result: end it with the check as an expression (no semicolon) so the kernel returns its CheckResult, or display() it"],
            result.Errors);
    }

    [Fact]
    public void When_a_check_stays_unsolved_with_solutions_then_the_notebook_fails()
    {
        File.WriteAllText(fixtures.PathOf("exercises/solutions/exercise/ex-sum.csx"), "int Sum(int[] values) => values.Length;\n");

        var result = RunnerCli.Run(fixtures.Root, "exercises/exercise.ipynb", "--with-solutions", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["exercises/exercise.ipynb cell 3 (`record CheckResult(string Name, bool Passed, ...`): check not solved with --with-solutions: ❌ Not solved yet: Sum adds the values — Sum([1, 2, 3]) returned 3, expected 6"], result.Errors);
    }

    [Fact]
    public void When_solutions_come_from_another_folder_then_its_answers_run_through_the_checks()
    {
        string alternative = fixtures.PathOf("alternative");
        Directory.CreateDirectory(Path.Combine(alternative, "exercise"));
        File.WriteAllText(Path.Combine(alternative, "exercise", "ex-sum.csx"), "int Sum(int[] values) { int total = 0; foreach (int v in values) total += v; return total; }\n");
        File.WriteAllText(fixtures.PathOf("exercises/solutions/exercise/ex-sum.csx"), "int Sum(int[] values) => -1;\n");

        var right = RunnerCli.Run(fixtures.Root, "exercises/exercise.ipynb", "--solutions", "alternative", "-o", "out");
        File.WriteAllText(Path.Combine(alternative, "exercise", "ex-sum.csx"), "int Sum(int[] values) => values.Max();\n");
        var wrong = RunnerCli.Run(fixtures.Root, "exercises/exercise.ipynb", "--solutions", "alternative", "-o", "out2");

        Assert.True(right.ExitCode == 0, right.ToString());
        Assert.Equal(1, right.SummaryOf("exercise")["checksSolved"]!.GetValue<int>());
        Assert.Equal(1, wrong.ExitCode);
        Assert.Equal(["exercises/exercise.ipynb cell 3 (`record CheckResult(string Name, bool Passed, ...`): check not solved with --with-solutions: ❌ Not solved yet: Sum adds the values — Sum([1, 2, 3]) returned 3, expected 6"], wrong.Errors);
    }

    [Fact]
    public void When_the_solutions_folder_does_not_exist_then_nothing_runs()
    {
        var result = RunnerCli.Run(fixtures.Root, "exercises/exercise.ipynb", "--solutions", "nowhere", "-o", "out");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--solutions: folder not found: nowhere", result.StandardError);
        Assert.False(Directory.Exists(fixtures.PathOf("out")));
    }

}
