using System.Text.Json;
using System.Text.RegularExpressions;

namespace Course.Tests.Lessons;

public sealed partial class LessonStructureTests
{
    [Fact]
    public void Given_the_repository_Then_there_are_at_least_four_numbered_lessons()
    {
        Assert.True(Lessons.All.Count >= 4, $"found {Lessons.All.Count} notebooks in {Lessons.Repo.Notebooks}");
        Assert.All(Lessons.All, lesson => Assert.Matches(@"^\d\d-[a-z0-9-]+$", lesson.Name));
    }

    [Fact]
    public async Task Given_every_lesson_When_validated_with_nbformat_Then_none_is_invalid()
    {
        var problems = await NotebookValidator.ProblemsAsync(Lessons.Paths);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_it_carries_the_polyglot_csharp_kernel_metadata(string name)
    {
        var lesson = Lessons.Named(name);
        var metadata = lesson.Root.GetProperty("metadata");

        Assert.Equal((4, 5), (lesson.Root.GetProperty("nbformat").GetInt32(), lesson.Root.GetProperty("nbformat_minor").GetInt32()));
        Assert.Equal(".net-csharp", metadata.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("C#", metadata.GetProperty("kernelspec").GetProperty("language").GetString());
        Assert.Equal("csharp", metadata.GetProperty("language_info").GetProperty("name").GetString());
        Assert.Equal("csharp", metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        Assert.All(lesson.CodeCells, cell =>
        {
            var cellMetadata = cell.Json.GetProperty("metadata");
            Assert.Equal("csharp", cellMetadata.GetProperty("dotnet_interactive").GetProperty("language").GetString());
            Assert.Equal("csharp", cellMetadata.GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        });
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_it_is_committed_without_outputs_or_execution_counts(string name)
    {
        var withOutputs = Lessons.Named(name).CodeCells
            .Where(cell => cell.Outputs.Count > 0 || cell.Json.GetProperty("execution_count").ValueKind != JsonValueKind.Null)
            .Select(cell => cell.Id).ToArray();

        Assert.True(withOutputs.Length == 0, $"{name}: cells with outputs or an execution count: {string.Join(", ", withOutputs)}");
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_every_cell_has_a_unique_id(string name)
    {
        var ids = Lessons.Named(name).Cells.Select(cell => cell.Id).ToArray();

        Assert.All(ids, id => Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", id));
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Given_every_lesson_Then_the_first_code_cell_is_identical_and_loads_the_helper_library()
    {
        var firstCells = Lessons.All.Select(lesson => (lesson.Name, Source: lesson.CodeCells.First().Source)).ToArray();

        Assert.All(firstCells, first => Assert.True(first.Source == Lessons.FirstCell, $"{first.Name}: first code cell is\n{first.Source}"));
        Assert.Single(firstCells.Select(first => first.Source).Distinct());
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_its_shape_headings_appear_in_order(string name)
    {
        var headings = Lessons.Named(name).Cells.Where(cell => !cell.IsCode)
            .SelectMany(cell => cell.Source.Split('\n'))
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => line.TrimEnd())
            .ToList();
        var positions = Lessons.ShapeHeadings.Select(heading => headings.IndexOf(heading)).ToArray();

        Assert.True(positions.All(position => position >= 0), $"{name}: missing {string.Join(", ", Lessons.ShapeHeadings.Where((_, i) => positions[i] < 0))}; has {string.Join(" | ", headings)}");
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_it_has_at_least_two_exercises_and_two_checks_each_check_after_its_exercise(string name)
    {
        var lesson = Lessons.Named(name);
        var cells = lesson.Cells.ToList();
        var exercises = lesson.Tagged("exercise").ToArray();
        var checks = lesson.Tagged("check").ToArray();

        Assert.True(exercises.Length >= 2, $"{name}: {exercises.Length} exercise cells");
        Assert.True(checks.Length >= 2, $"{name}: {checks.Length} check cells");
        Assert.All(exercises.Concat(checks), cell => Assert.True(cell.IsCode, $"{name}: {cell.Id} is tagged but not code"));
        Assert.All(exercises, exercise =>
        {
            var next = cells.Skip(cells.IndexOf(exercise) + 1).FirstOrDefault(cell => cell.Tags.Contains("exercise") || cell.Tags.Contains("check"));
            Assert.True(next is not null && next.Tags.Contains("check"), $"{name}: exercise {exercise.Id} has no check cell after it");
        });
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_every_check_cell_judges_with_the_checks_api_and_returns_the_verdict(string name)
    {
        Assert.All(Lessons.Named(name).Tagged("check"), check =>
        {
            Assert.True(CheckCall().Matches(check.Source).Count >= 1, $"{name}: check cell {check.Id} should judge with Check.*:\n{check.Source}");
            // The runner reads the verdict from the value the cell returns: a trailing semicolon would discard it.
            Assert.False(check.Source.TrimEnd().EndsWith(';'), $"{name}: check cell {check.Id} ends with ';', so it returns no verdict:\n{check.Source}");
        });
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_every_exercise_stub_has_a_solution_file_and_every_solution_file_a_stub(string name)
    {
        var stubs = Lessons.Named(name).Tagged("exercise").Select(cell => cell.Id).Order(StringComparer.Ordinal).ToArray();
        var folder = Path.Combine(Lessons.SolutionsFolder, name);
        var solutions = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.csx").Select(Path.GetFileNameWithoutExtension)
                .Where(file => !file!.Contains(".wrong-") && !file.Contains(".alt-")).Order(StringComparer.Ordinal).ToArray()
            : [];

        Assert.Equal(stubs, solutions);
        Assert.All(stubs, id =>
        {
            var solution = File.ReadAllText(Path.Combine(folder, id + ".csx"));
            Assert.False(string.IsNullOrWhiteSpace(solution), $"{name}/{id}.csx is empty");
            Assert.NotEqual(Lessons.Named(name).Cells.Single(cell => cell.Id == id).Source.Trim(), solution.Trim());
        });
    }

    [Fact]
    public void Given_the_solutions_folder_Then_every_subfolder_belongs_to_a_lesson()
    {
        var orphans = Directory.EnumerateDirectories(Lessons.SolutionsFolder).Select(Path.GetFileName)
            .Where(folder => Lessons.All.All(lesson => lesson.Name != folder)).ToArray();

        Assert.True(orphans.Length == 0, $"solutions/ folders without a lesson: {string.Join(", ", orphans)}");
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_no_stub_throws_NotImplementedException(string name)
    {
        Assert.All(Lessons.Named(name).Tagged("exercise"), stub => Assert.DoesNotContain("NotImplementedException", stub.Source));
    }

    [Theory]
    [MemberData(nameof(Lessons.Names), MemberType = typeof(Lessons))]
    public void Given_a_lesson_Then_pitfalls_use_the_bad_good_pair_shape(string name)
    {
        var markdown = string.Join('\n', Lessons.Named(name).Cells.Where(cell => !cell.IsCode).Select(cell => cell.Source));
        int bad = Regex.Count(markdown, @"❌ \*\*BAD\*\*"), good = Regex.Count(markdown, @"✅ \*\*GOOD\*\*");

        Assert.True(bad >= 1 && bad == good, $"{name}: {bad} ❌ **BAD** and {good} ✅ **GOOD** pitfall lines");
    }

    [GeneratedRegex(@"\bCheck\.[A-Z][A-Za-z]*\(")]
    private static partial Regex CheckCall();
}
