namespace Course.Tests.Lessons;

/// <summary>An exercise check is a test of the learner: it rejects every plausible wrong answer kept beside the reference, and accepts every alternative.</summary>
[Collection(SolutionVariants.Collection)]
public sealed class SolutionVariantTests(SolutionVariants variants)
{
    [Fact]
    public void Given_every_exercise_Then_it_keeps_at_least_two_wrong_answers_and_one_alternative_beside_its_reference()
    {
        var exercises = Lessons.All.SelectMany(lesson => lesson.Tagged("exercise").Select(cell => (Lesson: lesson.Name, Exercise: cell.Id))).ToArray();
        Assert.NotEmpty(exercises);
        var short_ = exercises.Where(e =>
            SolutionVariants.All.Count(v => v.Lesson == e.Lesson && v.Exercise == e.Exercise && v.Kind == "wrong") < 2
            || !SolutionVariants.All.Any(v => v.Lesson == e.Lesson && v.Exercise == e.Exercise && v.Kind == "alt"))
            .Select(e => $"{e.Lesson}/{e.Exercise}").ToArray();
        Assert.True(short_.Length == 0, "these exercises need ≥ 2 wrong answers and ≥ 1 alternative: " + string.Join(", ", short_));
    }

    [Fact]
    public void Given_each_wrong_answer_When_run_through_the_checks_Then_its_check_says_not_solved_with_a_reason()
    {
        var accepted = variants.Runs.SelectMany(run => run.Variants.Where(v => v.Kind == "wrong").Select(v => (v, Output: SolutionVariants.CheckOutput(run.Run, v))))
            .Where(x => !x.Output.Contains("❌ Not solved yet: ") || x.Output.Contains('✅'))
            .Select(x => $"{x.v}: {x.Output.Trim()}").ToArray();

        Assert.NotEmpty(variants.Runs);
        Assert.True(accepted.Length == 0, "wrong answers the checks did not reject:\n" + string.Join('\n', accepted));
    }

    [Fact]
    public void Given_each_alternative_When_run_through_the_checks_Then_its_check_says_solved()
    {
        var rejected = variants.Runs.SelectMany(run => run.Variants.Where(v => v.Kind == "alt").Select(v => (v, Output: SolutionVariants.CheckOutput(run.Run, v))))
            .Where(x => !x.Output.Contains('✅') || x.Output.Contains('❌'))
            .Select(x => $"{x.v}: {x.Output.Trim()}").ToArray();

        Assert.True(rejected.Length == 0, "correct alternatives the checks rejected:\n" + string.Join('\n', rejected));
    }
}
