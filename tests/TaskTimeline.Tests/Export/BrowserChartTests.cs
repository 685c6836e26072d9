using System.Text.Json;
using Microsoft.Playwright;
using TaskTimeline.Charts.Rendering;
using TaskTimeline.Tests.Charts;

namespace TaskTimeline.Tests.Export;

public sealed class BrowserChartTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tasktimeline-browser-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Given_an_exported_gantt_When_opened_offline_in_chromium_Then_it_draws_one_bar_per_segment()
    {
        var snapshot = ChartTimelines.TwoThreads();
        var path = snapshot.Gantt().SaveHtml(Path.Combine(_folder, "gantt.html"));

        var page = await chromium.OpenAsync(path, ".bars path");

        Assert.Equal(snapshot.Lanes.Sum(l => l.Segments.Count), await page.Locator(".bars path").CountAsync());
        Assert.Equal(["fetch", "parse"], await TopToBottom(page.Locator(".ytick text")));
    }

    [Fact]
    public async Task Given_a_recorded_chai_timeline_When_opened_Then_every_segment_is_drawn_and_hover_tells_the_phase()
    {
        var (snapshot, _) = await ChartTimelines.RecordChaiWhenAll();
        var path = snapshot.Gantt().SaveHtml(Path.Combine(_folder, "chai.html"));

        var page = await chromium.OpenAsync(path, ".bars path");

        Assert.Equal(BarsIn(snapshot.Gantt()), await page.Locator(".bars path").CountAsync());
        Assert.Equal(9, BarsIn(snapshot.Gantt()));
        var box = (await page.Locator(".ytick text").First.BoundingBoxAsync())!;
        var plot = (await page.Locator(".nsewdrag").First.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(plot.X + plot.Width / 2, box.Y + box.Height / 2);
        await page.WaitForSelectorAsync(".hovertext");
        Assert.Contains("awaiting: 0–2000 ms (2000 ms)", string.Concat(await page.Locator(".hovertext").AllTextContentsAsync()));
    }

    [Fact]
    public async Task Given_a_comparison_When_opened_Then_both_timelines_are_drawn_on_one_x_range()
    {
        var (chai, _) = await ChartTimelines.RecordChaiWhenAll();
        var other = ChartTimelines.TwoThreads();
        var chart = TimelineChart.Compare(chai, other);
        var path = chart.SaveHtml(Path.Combine(_folder, "compare.html"));

        var page = await chromium.OpenAsync(path, ".bars path");

        Assert.Equal(9 + 5, await page.Locator(".bars path").CountAsync());
        Assert.Equal(9 + 5, BarsIn(chart));
        var ranges = await page.EvaluateAsync<JsonElement>("() => { const l = document.querySelector('.task-timeline-chart')._fullLayout; return [l.xaxis.range, l.xaxis2.range]; }");
        Assert.Equal(ranges[0].ToString(), ranges[1].ToString());
    }

    [Fact]
    public async Task Given_ten_thousand_lanes_When_opened_Then_the_chart_draws_phase_areas_instead_of_bars()
    {
        // Many's lanes resume the instant they are ready: running and awaiting areas, no waiting-for-a-thread area.
        var path = ChartTimelines.Many(10_000).Gantt().SaveHtml(Path.Combine(_folder, "many.html"));

        var page = await chromium.OpenAsync(path, ".scatterlayer .trace");

        Assert.Equal(2, await page.Locator(".scatterlayer .trace").CountAsync());
        Assert.Equal(0, await page.Locator(".bars path").CountAsync());
    }

    [Fact]
    public async Task Given_a_notebook_page_with_require_js_style_define_When_two_charts_render_Then_both_draw_and_define_survives()
    {
        var session = new PlotlySession();
        var (gantt, threads) = (ChartTimelines.TwoThreads().Gantt(), ChartTimelines.Many(3).ThreadView());
        var first = gantt.ToNotebookHtml(session);
        var second = threads.ToNotebookHtml(session);
        var page = await OpenNotebookPage("notebook.html", """
            <script>window.define = function (deps, factory) { window.amdCalls = (window.amdCalls || 0) + 1; }; window.define.amd = {};</script>
            """, first, second);

        await page.WaitForFunctionAsync("() => document.querySelectorAll('.task-timeline-chart .main-svg').length >= 2 * 2");

        Assert.Equal(BarsIn(gantt) + BarsIn(threads), await page.Locator(".bars path").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.define === 'function' && !!window.define.amd && !window.amdCalls"));
    }

    [Fact]
    public async Task Given_cells_re_run_out_of_order_When_a_later_chart_renders_before_the_one_carrying_plotly_js_Then_both_draw()
    {
        var session = new PlotlySession();
        var (gantt, threads) = (ChartTimelines.TwoThreads().Gantt(), ChartTimelines.Many(3).ThreadView());
        var carrier = gantt.ToNotebookHtml(session);
        var later = threads.ToNotebookHtml(session);

        var page = await OpenNotebookPage("rerun.html", "", later, carrier);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.task-timeline-chart .main-svg').length >= 2 * 2");

        Assert.Equal(BarsIn(gantt) + BarsIn(threads), await page.Locator(".bars path").CountAsync());
    }

    [Fact]
    public async Task Given_a_page_that_already_has_Plotly_When_a_chart_carrying_plotly_js_renders_Then_plotly_js_is_not_run_again()
    {
        var carrier = ChartTimelines.TwoThreads().Gantt().ToNotebookHtml(new PlotlySession());

        var page = await OpenNotebookPage("loaded.html", """
            <script>window.Plotly = { newPlot: function () { window.drawn = (window.drawn || 0) + 1; } };</script>
            """, carrier);
        await page.WaitForFunctionAsync("() => window.drawn === 1");

        Assert.False(await page.EvaluateAsync<bool>("() => typeof window.Plotly.react === 'function'"));
    }

    private async Task<IPage> OpenNotebookPage(string file, string head, params string[] outputs)
    {
        var path = Path.Combine(_folder, file);
        File.WriteAllText(path, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>"
            + string.Concat(outputs.Select(o => $"<div class=\"output\">{o}</div>")) + "</body></html>");
        return await chromium.OpenAsync(path, ".task-timeline-chart");
    }

    // Bars the figure asks for: one per drawn segment.
    private static int BarsIn(TimelineChart chart) =>
        Figure.Of(chart).Traces.Where(t => t.GetProperty("type").GetString() == "bar").Sum(t => t.GetProperty("x").GetArrayLength());

    private static async Task<string[]> TopToBottom(ILocator texts)
    {
        var items = new List<(double Y, string Text)>();
        for (int i = 0; i < await texts.CountAsync(); i++)
            items.Add(((await texts.Nth(i).BoundingBoxAsync())!.Y, await texts.Nth(i).TextContentAsync() ?? ""));
        return items.OrderBy(x => x.Y).Select(x => x.Text).ToArray();
    }
}
