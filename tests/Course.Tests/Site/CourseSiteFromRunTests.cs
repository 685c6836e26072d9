using Course.Testing.Browser;

namespace Course.Tests.Site;

[Collection(CourseRun.Collection)]
public sealed class CourseSiteFromRunTests(CourseRun run, HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    [Fact]
    public async Task Given_the_run_of_the_notebooks_as_given_When_the_site_is_built_Then_every_page_opens_from_file_and_every_chart_draws_offline()
    {
        var build = await RunnerProcess.CourseSiteAsync(run.Repo, run.AsGiven);
        Assert.True(build.ExitCode == 0, build.Describe());
        var site = Path.Combine(run.AsGiven.OutputDir, "site");
        Assert.Equal(
            // Every lesson, the index, and the appendix the lessons link to (docs/python-tutorial.md).
            run.SourceNotebooks.Select(notebook => Path.GetFileNameWithoutExtension(notebook) + ".html").Append("index.html").Append("python-tutorial.html").Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(site, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var visits = new List<PageVisit>();
        foreach (var page in Directory.EnumerateFiles(site, "*.html").Order(StringComparer.Ordinal))
            visits.Add(await PageVisit.OpenAsync(chromium.Browser, page));

        SiteAssertions.AllPagesHealthy(visits);
        Assert.True(visits.Sum(visit => visit.Charts.Sum(chart => chart.Expected)) > 0, "no lesson page has a chart");
    }
}
