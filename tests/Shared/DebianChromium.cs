using Microsoft.Playwright;

namespace Course.Testing;

/// <summary>
/// Debian's Chromium (apt package <c>chromium</c>) under Playwright: never a downloaded browser; headless with the flags a
/// root container needs and none of Chromium's background calls home (this machine has no network).
/// Linked as source into every project that drives a browser.
/// </summary>
internal static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run 'apt-get install -y chromium' (.ci/run does).");
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
