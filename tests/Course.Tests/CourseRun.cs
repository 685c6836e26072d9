namespace Course.Tests;

/// <summary>
/// Runs the real runner over notebooks/ twice, once per test session: as a learner gets them
/// (<c>--expect-unsolved</c>: every check must still say ❌) and with the reference solutions
/// (<c>--with-solutions</c>: every check must say ✅). Tests read the exit codes, console output, executed notebooks
/// and summary.json of both runs.
/// </summary>
public sealed class CourseRun : IAsyncLifetime
{
    public const string Collection = "Course run";

    readonly string workspace = Path.Combine(Path.GetTempPath(), "course-run-" + Guid.NewGuid().ToString("N")[..8]);

    public RepositoryLayout Repo { get; } = RepositoryLayout.Locate();

    /// <summary>The source notebooks (notebooks/*.ipynb), in name order.</summary>
    public IReadOnlyList<string> SourceNotebooks { get; private set; } = [];

    /// <summary><c>--expect-unsolved</c>: the notebooks as given.</summary>
    public RunnerRun AsGiven { get; private set; } = null!;

    /// <summary><c>--with-solutions</c>: each exercise stub replaced by its reference solution.</summary>
    public RunnerRun WithSolutions { get; private set; } = null!;

    /// <summary>notebooks/ (solutions included) before the runs.</summary>
    public SourceSnapshot SourcesBefore { get; private set; } = null!;

    /// <summary>notebooks/ after both runs.</summary>
    public SourceSnapshot SourcesAfter { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        SourceNotebooks = Directory.Exists(Repo.Notebooks)
            ? Directory.EnumerateFiles(Repo.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToArray()
            : [];
        SourcesBefore = SourceSnapshot.Take(Repo.Notebooks);
        // One after the other: each run already keeps both cores busy.
        AsGiven = await RunnerProcess.RunAsync(Repo, Path.Combine(workspace, "as-given"), "--expect-unsolved");
        WithSolutions = await RunnerProcess.RunAsync(Repo, Path.Combine(workspace, "with-solutions"), "--with-solutions");
        SourcesAfter = SourceSnapshot.Take(Repo.Notebooks);
    }

    /// <summary>Set COURSE_TESTS_KEEP_OUTPUT=1 to keep the run folders for a look after the tests.</summary>
    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("COURSE_TESTS_KEEP_OUTPUT") != "1" && Directory.Exists(workspace))
            Directory.Delete(workspace, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>Tests in this collection share one <see cref="CourseRun"/> (the runs are slow: minutes, not seconds).</summary>
// Never beside another collection's runs: the lessons' timing checks measure the cores.
[CollectionDefinition(CourseRun.Collection, DisableParallelization = true)]
public sealed class CourseRunCollection : ICollectionFixture<CourseRun>;
