using Course.Testing;
using Microsoft.Playwright;

namespace Course.Testing.Browser;

/// <summary>Debian's Chromium driven by Playwright (no browser download), headless and kept from calling home.</summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        playwright?.Dispose();
    }
}
