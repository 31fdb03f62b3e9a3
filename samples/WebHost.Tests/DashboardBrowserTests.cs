using Microsoft.Playwright;

namespace WebHost.Tests;

/// <summary>
/// The dashboard in Debian's chromium (Playwright through its executable path; a missing browser fails, never
/// skips): an officer registers a late report through the form and sees the matrix change without a reload.
/// </summary>
public sealed class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Form_LateReport_TheCellTurnsLateWithoutAReload()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is required (apt-get install chromium).");
        var database = Path.Combine(Directory.CreateTempSubdirectory("webhost-browser-").FullName, "register.db");
        using var host = await HostProcess.StartAsync(database);
        var missing = (await Api.GetJsonAsync(host.Client, "/api/matrix"))["cells"]!
            .First(c => (int)c["period"]! == 2025 && (string)c["status"]! == "missing");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(host.Client.BaseAddress!.ToString());
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        var late = await page.Locator("main td.s-Late").CountAsync();
        var missingCells = await page.Locator("main td.s-Missing").CountAsync();

        await page.GetByLabel("Cơ quan gửi", new() { Exact = true }).SelectOptionAsync((string)missing["body"]!);
        await page.GetByLabel("Báo cáo năm", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("Ngày giờ nhận (giờ Việt Nam)", new() { Exact = true }).FillAsync("2026-01-14T09:00");
        await page.GetByLabel("Số, ký hiệu văn bản", new() { Exact = true }).FillAsync("12/BC-UBND");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vào sổ" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã vào sổ");
        await Assertions.Expect(page.Locator("main td.s-Late")).ToHaveCountAsync(late + 1, new() { Timeout = 15000 });
        Assert.Equal(missingCells - 1, await page.Locator("main td.s-Missing").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));

        var shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "webhost-desktop.png") });
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "The page scrolls sideways at 390 px.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "webhost-390.png") });
    }
}
