using System.Text.RegularExpressions;

namespace Course.Tests.Lessons;

/// <summary>
/// Every exercise keeps, beside its reference solution, plausible wrong answers (<c>&lt;cell id&gt;.wrong-&lt;what&gt;.csx</c>) and
/// correct alternatives (<c>&lt;cell id&gt;.alt-&lt;what&gt;.csx</c>). This fixture runs them through the checks with the runner's
/// <c>--solutions DIR</c>: set k puts each exercise's k-th wrong answer (or k-th alternative) in place of its reference, and
/// runs only the lessons that have one, so a few runs judge every variant.
/// </summary>
public sealed partial class SolutionVariants : IAsyncLifetime
{
    public const string Collection = "Solution variants";

    readonly string workspace = Path.Combine(Path.GetTempPath(), "variants-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Every variant file: lesson, exercise cell id, kind ("wrong" or "alt"), its name after the kind, and the path.</summary>
    public static IReadOnlyList<Variant> All { get; } = Directory.Exists(Lessons.SolutionsFolder)
        ? Directory.EnumerateFiles(Lessons.SolutionsFolder, "*.csx", SearchOption.AllDirectories)
            .Select(path => (path, match: VariantName().Match(Path.GetFileName(path))))
            .Where(x => x.match.Success)
            .Select(x => new Variant(Path.GetFileName(Path.GetDirectoryName(x.path)!), x.match.Groups["exercise"].Value, x.match.Groups["kind"].Value, x.match.Groups["what"].Value, x.path))
            .OrderBy(v => v.Path, StringComparer.Ordinal)
            .ToArray()
        : [];

    /// <summary>Each run: the variants it put in place, and the runner's result.</summary>
    public IReadOnlyList<(IReadOnlyList<Variant> Variants, RunnerRun Run)> Runs { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var runs = new List<(IReadOnlyList<Variant>, RunnerRun)>();
        foreach (var kind in new[] { "wrong", "alt" })
        {
            var byExercise = All.Where(v => v.Kind == kind).GroupBy(v => (v.Lesson, v.Exercise)).ToArray();
            int sets = byExercise.Length == 0 ? 0 : byExercise.Max(group => group.Count());
            for (int k = 0; k < sets; k++)
            {
                var chosen = byExercise.Where(group => group.Count() > k).Select(group => group.ElementAt(k)).ToArray();
                var folder = Path.Combine(workspace, $"{kind}-{k + 1}", "solutions");
                var lessons = chosen.Select(v => v.Lesson).Distinct().ToArray();
                foreach (var lesson in lessons)
                {
                    // The reference solutions of the lesson, with the chosen variants in their place.
                    var target = Directory.CreateDirectory(Path.Combine(folder, lesson)).FullName;
                    foreach (var reference in Directory.EnumerateFiles(Path.Combine(Lessons.SolutionsFolder, lesson), "*.csx").Where(p => !VariantName().IsMatch(Path.GetFileName(p))))
                        File.Copy(reference, Path.Combine(target, Path.GetFileName(reference)));
                    foreach (var variant in chosen.Where(v => v.Lesson == lesson))
                        File.Copy(variant.Path, Path.Combine(target, variant.Exercise + ".csx"), overwrite: true);
                }
                var notebooks = lessons.Select(lesson => Path.Combine(Lessons.Repo.Notebooks, lesson + ".ipynb"));
                runs.Add((chosen, await RunnerProcess.RunAsync(Lessons.Repo, notebooks, Path.Combine(workspace, $"{kind}-{k + 1}", "out"), "--solutions", folder)));
            }
        }
        Runs = runs;
    }

    /// <summary>What the check after <paramref name="variant"/>'s exercise said in <paramref name="run"/>'s executed copy.</summary>
    public static string CheckOutput(RunnerRun run, Variant variant)
    {
        var source = Lessons.Named(variant.Lesson);
        var cells = source.Cells.ToList();
        int exercise = cells.FindIndex(cell => cell.Id == variant.Exercise);
        var check = cells.Skip(exercise + 1).FirstOrDefault(cell => cell.Tags.Contains("check"))
            ?? throw new InvalidOperationException($"{variant.Lesson}: no check cell after exercise {variant.Exercise}");
        var executed = LessonNotebook.Read(run.ExecutedCopyOf(source.Path));
        return executed.Cells.Single(cell => cell.Id == check.Id).OutputText();
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("COURSE_TESTS_KEEP_OUTPUT") != "1" && Directory.Exists(workspace))
            Directory.Delete(workspace, recursive: true);
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"^(?<exercise>.+)\.(?<kind>wrong|alt)-(?<what>[^.]+)\.csx$")]
    private static partial Regex VariantName();
}

/// <summary>One wrong or alternative answer to an exercise.</summary>
public sealed record Variant(string Lesson, string Exercise, string Kind, string What, string Path)
{
    public override string ToString() => $"{Lesson}/{Exercise}.{Kind}-{What}";
}

// Never beside the course run: two runs at once would share the cores that the timing checks measure.
[CollectionDefinition(SolutionVariants.Collection, DisableParallelization = true)]
public sealed class SolutionVariantsCollection : ICollectionFixture<SolutionVariants>;
