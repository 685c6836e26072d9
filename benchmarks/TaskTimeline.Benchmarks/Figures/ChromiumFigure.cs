using System.Diagnostics;
using Microsoft.Playwright;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>
/// How long headless Chromium takes to draw a saved Gantt page (the project's SaveHtml, plotly.js inline) until every trace
/// and every bar of the figure is in the DOM: 10,000 lanes against 3. The browser is launched once, outside the timing.
/// </summary>
internal sealed class ChromiumFigure : Figure
{
    private HeadlessChromium? _chromium;
    private readonly List<Page> _pages = [];

    private sealed record Page(string Series, string Path, int Traces, int Bars);

    public override string Name => "chromium";
    public override string Description => "draw the 10,000-lane chart in headless Chromium until its bars exist (bar: < 3 s) vs 3 lanes";

    public override async Task SetUpAsync(FigureContext context)
    {
        using (var many = await ManyLanes.RecordAsync(10_000)) _pages.Add(Save(many.Snapshot(), "10,000 lanes", "lanes-10000.html", context));
        using (var three = new Timeline("3 lanes"))
        {
            await Task.WhenAll(Enumerable.Range(1, 3).Select(i => three.Lane($"tea {i}", async () => await Task.Delay(20 * i).Labeled("steeping"))));
            _pages.Add(Save(three.Snapshot(), "3 lanes", "lanes-3.html", context));
        }
        _chromium = await HeadlessChromium.LaunchAsync();
        foreach (var page in _pages) await DrawAsync(page); // first load of each page compiles plotly.js once; not what a reader waits for twice
    }

    public override async Task<IReadOnlyList<Measurement>> MeasureAsync(FigureContext context)
    {
        var measured = new List<Measurement>();
        foreach (var page in _pages) measured.Add(new($"{page.Series} ({page.Traces} traces, {page.Bars:N0} bars)", await DrawAsync(page), "ms"));
        return measured;
    }

    public override async Task TearDownAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
    }

    private static Page Save(TimelineSnapshot snapshot, string series, string file, FigureContext context)
    {
        var chart = snapshot.Gantt();
        var (traces, bars) = GanttCharts.Count(chart);
        return new Page(series, chart.SaveHtml(System.IO.Path.Combine(context.Scratch.FullName, file)), traces, bars);
    }

    /// <summary>Opens the page in a fresh tab and waits until Plotly drew every trace and every bar; returns the milliseconds.</summary>
    private async Task<double> DrawAsync(Page page)
    {
        var tab = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        try
        {
            var clock = Stopwatch.StartNew();
            await tab.GotoAsync(new Uri(page.Path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await HeadlessChromium.WaitForChartAsync(tab, page.Traces, page.Bars);
            return clock.Elapsed.TotalMilliseconds;
        }
        finally
        {
            await tab.CloseAsync();
        }
    }
}
