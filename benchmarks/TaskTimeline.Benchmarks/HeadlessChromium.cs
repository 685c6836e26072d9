using Course.Testing;
using Microsoft.Playwright;

namespace TaskTimeline.Benchmarks;

/// <summary>The system Chromium under Playwright, headless, with the flags a root container needs; never downloads a browser.</summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await DebianChromium.LaunchAsync(playwright);
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>Waits until Plotly drew at least <paramref name="traces"/> traces and <paramref name="bars"/> bars.</summary>
    public static Task WaitForChartAsync(IPage page, int traces, int bars) =>
        page.WaitForFunctionAsync(
            "([traces, bars]) => document.querySelectorAll('.plot .trace').length >= traces && document.querySelectorAll('.bars path').length >= bars",
            new object[] { traces, bars },
            new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 5 });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
