using Course.Testing.Browser;

namespace CourseSite.Tests.Browser;

public sealed class FixtureSiteInBrowserTests(FixtureSite site, HeadlessChromium chromium) : IClassFixture<FixtureSite>, IClassFixture<HeadlessChromium>
{
    [Fact]
    public async Task Given_the_fixture_site_When_every_page_is_opened_from_file_Then_charts_draw_offline_without_errors()
    {
        var visits = new List<PageVisit>();
        foreach (var page in Directory.EnumerateFiles(site.SiteFolder, "*.html").Order(StringComparer.Ordinal))
            visits.Add(await PageVisit.OpenAsync(chromium.Browser, page));

        SiteAssertions.AllPagesHealthy(visits);
        var charts = visits.Single(visit => visit.Url.EndsWith("/02-charts.html", StringComparison.Ordinal)).Charts;
        Assert.Equal([1, 1], charts.Select(chart => chart.Expected));
        // Each fixture chart: two lanes, each running twice around one await = 4 running + 2 awaiting bars.
        Assert.All(charts, chart => Assert.Equal(6, chart.BarsPerChart.Single()));
    }

    [Fact]
    public async Task Given_a_chart_When_the_mouse_rests_on_a_bar_Then_its_hover_text_shows()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteFolder, "02-charts.html")).AbsoluteUri);
        // Traces in the fixture's order: Running, then Awaiting; chai's awaiting bar is the second trace's first.
        var awaitingBar = page.Locator("#chart-sequential .trace.bars").Nth(1).Locator("path").First;
        await awaitingBar.ScrollIntoViewIfNeededAsync();
        var box = (await awaitingBar.BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);

        await page.Locator("#chart-sequential .hovertext").First.WaitForAsync(new() { Timeout = 5_000 });
        Assert.Contains("chai: Awaiting 5-2000 ms", await page.Locator("#chart-sequential .hovertext").AllTextContentsAsync());
    }

    [Fact]
    public async Task Given_a_check_cells_output_line_When_the_page_is_narrow_Then_it_wraps_instead_of_scrolling_sideways()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteFolder, "02-charts.html")).AbsoluteUri);
        var line = page.Locator(".cell.check pre.output").First;

        var (wrap, overflows) = (await line.EvaluateAsync<string>("e => getComputedStyle(e).whiteSpace"), await line.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"));

        Assert.Equal("pre-wrap", wrap);
        Assert.False(overflows, "the check line runs past the cell's right edge");
    }
}
