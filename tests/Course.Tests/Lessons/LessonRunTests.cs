namespace Course.Tests.Lessons;

/// <summary>What the lessons show once run by the real runner: unsolved checks as given, solved ones with the solutions, and charts.</summary>
[Collection(CourseRun.Collection)]
public sealed class LessonRunTests(CourseRun run)
{
    [Fact]
    public void Given_the_lessons_as_given_When_run_Then_every_check_cell_says_not_solved_yet()
    {
        var wrong = ChecksIn(run.AsGiven).Where(check => !check.Output.Contains("❌ Not solved yet: ") || check.Output.Contains('✅'))
            .Select(check => $"{check.Lesson}/{check.Id}: {check.Output.Trim()}").ToArray();

        Assert.True(wrong.Length == 0, "as given, these checks did not say ❌:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void Given_the_reference_solutions_When_run_Then_every_check_cell_says_solved()
    {
        var wrong = ChecksIn(run.WithSolutions).Where(check => !check.Output.Contains('✅') || check.Output.Contains('❌'))
            .Select(check => $"{check.Lesson}/{check.Id}: {check.Output.Trim()}").ToArray();

        Assert.True(wrong.Length == 0, "with solutions, these checks did not say ✅:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void Given_both_runs_Then_every_lesson_shows_at_least_one_plotly_timeline_chart()
    {
        foreach (var result in new[] { run.AsGiven, run.WithSolutions })
        {
            var withoutChart = Lessons.All.Where(lesson =>
            {
                var executed = LessonNotebook.Read(result.ExecutedCopyOf(lesson.Path));
                return !executed.CodeCells.Any(cell => cell.OutputText("text/html") is var html
                    && html.Contains("class=\"task-timeline-chart\"") && html.Contains("Plotly.newPlot"));
            }).Select(lesson => lesson.Name).ToArray();

            Assert.True(withoutChart.Length == 0, $"{result.Command}\nno chart in: {string.Join(", ", withoutChart)}");
        }
    }

    [Fact]
    public void Given_both_runs_Then_no_executed_lesson_cell_shows_an_error()
    {
        foreach (var result in new[] { run.AsGiven, run.WithSolutions })
        {
            var errors = Lessons.All.SelectMany(lesson => LessonNotebook.Read(result.ExecutedCopyOf(lesson.Path)).CodeCells
                .Where(cell => cell.Outputs.Any(output => output.GetProperty("output_type").GetString() == "error"))
                .Select(cell => $"{lesson.Name}/{cell.Id}")).ToArray();

            Assert.True(errors.Length == 0, $"{result.Command}\ncells with errors: {string.Join(", ", errors)}");
        }
    }

    IEnumerable<(string Lesson, string Id, string Output)> ChecksIn(RunnerRun result)
    {
        var checks = Lessons.All.SelectMany(lesson => LessonNotebook.Read(result.ExecutedCopyOf(lesson.Path)).Tagged("check")
            .Select(cell => (lesson.Name, cell.Id, cell.OutputText()))).ToArray();
        Assert.True(checks.Length >= 2 * Lessons.All.Count, $"{result.Command}\nonly {checks.Length} check cells in the executed copies");
        return checks;
    }
}
