using Course.Testing;
using Microsoft.Playwright;

namespace TaskTimeline.Tests.Export;

/// <summary>One headless system Chromium (never a downloaded browser) shared by the browser tests of a class.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>Opens <paramref name="path"/> offline (any network request fails the page) and waits until Plotly drew.</summary>
    public async Task<IPage> OpenAsync(string path, string drawnSelector = ".main-svg")
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 700 } });
        await page.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route => route.AbortAsync());
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForSelectorAsync(drawnSelector, new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return page;
    }
}
