using Microsoft.Playwright;

namespace LaiChau.PlanRules.Office.Tests;

/// <summary>
/// Debian's chromium driven by Playwright through its executable path (<c>playwright install</c> cannot download
/// here). A missing browser fails the test; it never skips.
/// </summary>
internal static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is required and was not found. Install it: {Tools.Install}");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }
}
