using LessonApps.Export;

namespace Course.Tests.Apps;

/// <summary>Runs each committed app as a learner would (<c>dotnet run apps/NN-name.cs</c>), one at a time.</summary>
[Collection(Collection)]
public sealed class AppRunTests
{
    public const string Collection = "Lesson apps";

    /// <summary>A cold build of the app and the helper library plus the lesson's own waits, on a loaded 2-core machine.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    [Theory]
    [MemberData(nameof(Lessons.Lessons.Names), MemberType = typeof(Lessons.Lessons))]
    public async Task Given_a_lesson_app_When_run_Then_it_exits_0_prints_every_check_verdict_and_every_printed_chart_is_an_offline_page(string lesson)
    {
        var checks = Lessons.Lessons.Named(lesson).Tagged("check").Count();

        // Release, like the helper build the notebooks load; StageHelpers=false: the app leaves the notebooks' staged library alone.
        var run = await Shell.RunAsync(Lessons.Lessons.Repo.Root,
            ["dotnet", "run", "-c", "Release", "-p:StageHelpers=false", "--file", Path.Combine("apps", LessonExporter.AppFileName(lesson))], Timeout);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StandardOutput.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var verdicts = lines.Where(line => line.StartsWith("✅ ") || line.StartsWith("❌ ")).ToArray();
        Assert.True(verdicts.Length == checks, $"{checks} check cells, {verdicts.Length} verdicts printed:\n{run}");
        Assert.All(verdicts, verdict => Assert.StartsWith("❌ Not solved yet: ", verdict));   // the apps carry the exercise stubs
        var pages = lines.Where(line => line.StartsWith("chart: ")).Select(line => line["chart: ".Length..]).ToArray();
        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            Assert.True(File.Exists(page), $"printed chart {page} does not exist");
            Assert.StartsWith(Path.Combine(LessonApps.Folder, "out", lesson), page);
            var html = File.ReadAllText(page);
            Assert.Contains("plotly.js v2.28.0", html);
            Assert.Contains("Plotly.newPlot", html);
        });
    }
}

[CollectionDefinition(AppRunTests.Collection, DisableParallelization = true)]
public sealed class AppRunCollection;
