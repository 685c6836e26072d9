namespace Course.Testing.Browser;

/// <summary>What every page of any course site must show in a browser (linked into the test projects that check a site).</summary>
public static class SiteAssertions
{
    public static void AllPagesHealthy(IReadOnlyList<PageVisit> visits)
    {
        Assert.Contains(visits, visit => visit.Url.EndsWith("/index.html", StringComparison.Ordinal));
        var problems = visits.SelectMany(visit =>
            visit.NetworkRequests.Select(url => $"{visit.Url}: requested {url}")
                .Concat(visit.ConsoleErrors.Select(error => $"{visit.Url}: {error}"))
                .Concat(visit.Charts.Where(chart => !chart.Drew).Select(chart => $"{visit.Url}: a chart output drew {chart.BarsPerChart.Count} of {chart.Expected} charts (bars: {string.Join(", ", chart.BarsPerChart)})"))
                .Concat(visit.LocalLinks.Where(link => !File.Exists(new Uri(link.Split('#')[0]).LocalPath)).Select(link => $"{visit.Url}: dead link {link}")))
            .ToArray();
        Assert.True(problems.Length == 0, string.Join('\n', problems));
    }
}
