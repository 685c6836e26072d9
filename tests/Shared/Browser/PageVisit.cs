using System.Text.Json;
using Microsoft.Playwright;

namespace Course.Testing.Browser;

/// <summary>A chart output of a page: how many charts its HTML draws, and the bars each drawn chart has.</summary>
public sealed record ChartOutput(int Expected, IReadOnlyList<int> BarsPerChart)
{
    public bool Drew => BarsPerChart.Count == Expected && BarsPerChart.All(bars => bars > 0);
}

/// <summary>What happened when a page was opened from file://: every request, console error and script error, and the charts.</summary>
public sealed record PageVisit(
    string Url,
    IReadOnlyList<string> Requests,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<ChartOutput> Charts,
    IReadOnlyList<string> LocalLinks)
{
    /// <summary>Requests for anything but a local file: the site must not touch the network.</summary>
    public IEnumerable<string> NetworkRequests => Requests.Where(url => !url.StartsWith("file://", StringComparison.Ordinal));

    /// <summary>Opens a page in a fresh context, waits (at most 15 s) for its charts to draw, and reports.</summary>
    public static async Task<PageVisit> OpenAsync(IBrowser browser, string htmlFile)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var requests = new List<string>();
        var errors = new List<string>();
        context.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add("console: " + message.Text); };
        page.PageError += (_, error) => { lock (errors) errors.Add("page error: " + error); };

        var url = new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri;
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        try
        {
            await page.WaitForFunctionAsync(AllChartsDrawn, null, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // Reported below through Charts: the test names the output that did not draw.
        }
        var charts = JsonSerializer.Deserialize<ChartOutput[]>(await page.EvaluateAsync<string>(ChartsJson), JsonOptions)!;
        var links = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(LocalLinksJson))!;
        lock (requests) lock (errors)
            return new PageVisit(url, requests.ToArray(), errors.ToArray(), charts, links);
    }

    static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The site marks each chart output with how many charts it draws; a drawn Plotly bar is a ".bars path".</summary>
    const string AllChartsDrawn = """
        () => [...document.querySelectorAll('.plotly-output')].every(output => {
          const plots = output.querySelectorAll('.js-plotly-plot');
          return plots.length === Number(output.dataset.plotlyCharts) && [...plots].every(plot => plot.querySelectorAll('.bars path').length > 0);
        })
        """;

    const string ChartsJson = """
        () => JSON.stringify([...document.querySelectorAll('.plotly-output')].map(output => ({
          expected: Number(output.dataset.plotlyCharts),
          barsPerChart: [...output.querySelectorAll('.js-plotly-plot')].map(plot => plot.querySelectorAll('.bars path').length)
        })))
        """;

    const string LocalLinksJson = """
        () => JSON.stringify([...document.querySelectorAll('a[href]')].map(a => a.href).filter(href => href.startsWith('file:')))
        """;
}
