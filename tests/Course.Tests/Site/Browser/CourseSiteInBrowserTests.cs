namespace Course.Tests.Site.Browser;

[Collection(CourseRun.Collection)]
public sealed class CourseSiteInBrowserTests(CourseRun run, HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    [Fact]
    public async Task Given_the_course_site_When_every_page_is_opened_from_file_Then_every_chart_draws_offline_without_errors()
    {
        Assert.True(File.Exists(Path.Combine(run.AsGiven.Site, "index.html")), run.AsGiven.Describe());
        var visits = new List<PageVisit>();
        foreach (var page in Directory.EnumerateFiles(run.AsGiven.Site, "*.html").Order(StringComparer.Ordinal))
            visits.Add(await PageVisit.OpenAsync(chromium.Browser, page));

        SiteAssertions.AllPagesHealthy(visits);
        Assert.True(visits.Sum(visit => visit.Charts.Sum(chart => chart.Expected)) > 0, "no lesson page has a chart");
        Assert.Equal(run.SourceNotebooks.Count + 1, visits.Count);
    }
}
