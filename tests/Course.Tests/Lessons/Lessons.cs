namespace Course.Tests.Lessons;

/// <summary>The lesson notebooks of the repository and the course-wide rules they share.</summary>
public static class Lessons
{
    /// <summary>Every notebook's first code cell, exactly (course-wide decision).</summary>
    public const string FirstCell = "#!import ../artifacts/helpers/load.csx\n// Not found? Run `dotnet build helpers/TaskTimeline -c Release` once in the repository folder: it builds the helper library and writes this loader.";

    /// <summary>The lesson shape, as level-2 headings in this order.</summary>
    public static readonly string[] ShapeHeadings = ["## Goal", "## Predict", "## Run", "## See the timeline", "## Why", "## Exercises", "## Further reading"];

    public static RepositoryLayout Repo { get; } = RepositoryLayout.Locate();

    public static string SolutionsFolder => Path.Combine(Repo.Notebooks, "solutions");

    public static string DataFolder => Path.Combine(Repo.Root, "data");

    public static IReadOnlyList<string> Paths { get; } = Directory.EnumerateFiles(Repo.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<LessonNotebook> All { get; } = Paths.Select(LessonNotebook.Read).ToArray();

    /// <summary>Lesson names for [Theory] data, e.g. "01-mental-model".</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var path in Paths) data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    public static LessonNotebook Named(string name) => All.Single(lesson => lesson.Name == name);
}
