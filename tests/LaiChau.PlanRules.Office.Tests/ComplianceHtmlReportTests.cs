using System.Text;
using Microsoft.Playwright;

namespace LaiChau.PlanRules.Office.Tests;

public class ComplianceHtmlReportTests
{
    [Fact]
    public void Write_Demo_IsSelfContained()
    {
        var html = Html(Fixtures.Demo);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">", html);
        Assert.Contains("DỮ LIỆU MINH HỌA", html);
        // Nothing is fetched: no script, link, stylesheet import or address.
        Assert.All(new[] { "<script", "<link", "http://", "https://", "url(", "@import" }, external => Assert.DoesNotContain(external, html));
    }

    [Fact]
    public void Write_Demo_UsesAccessibleTableMarkup()
    {
        var html = Html(Fixtures.Demo);

        // Column and row headers, a header group per block, and a named, focusable region around each wide table.
        Assert.All(new[] { "<th scope=\"col\">Cơ quan, đơn vị</th>", "<th scope=\"row\">Sở Xây dựng</th>", "scope=\"rowgroup\"", "<thead>", "role=\"region\" aria-labelledby=\"matrix\" tabindex=\"0\"" }, markup => Assert.Contains(markup, html));
    }

    [Fact]
    public void Write_HalfYearlyPlan_HeadsEachHalfsColumnAndNamesItInFindings()
    {
        var html = Html(Fixtures.HalfYearly);

        Assert.Contains("<th scope=\"col\">6 tháng đầu năm 2025</th>", html);
        Assert.Contains("<th scope=\"col\">6 tháng cuối năm 2024</th>", html);
        Assert.Contains("<td>6 tháng đầu năm 2025</td>", html);
        Assert.Contains("<th scope=\"col\">first half of 2025</th>", Html(Fixtures.HalfYearly, new OfficeDocumentOptions { Language = "en" }));
    }

    [Fact]
    public void Write_English_IsEnglish()
    {
        var html = Html(Fixtures.Demo, new OfficeDocumentOptions { Language = "en" });

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Not sent", html);
        Assert.Contains("ILLUSTRATIVE DATA", html);
    }

    [Fact]
    public async Task Write_Demo_ChromiumPrintsA4LandscapeAndFitsA390PxScreen()
    {
        var dir = Fixtures.NewFolder("html");
        var path = Fixtures.Save(dir, "bao-cao.html", s => ComplianceHtmlReport.Write(Fixtures.Demo, s));
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await page.GotoAsync(new Uri(path).AbsoluteUri);

            // The text a person reads.
            var text = await page.InnerTextAsync("body");
            foreach (var needle in new[] { "DỮ LIỆU MINH HỌA", "Sở Xây dựng", "Gửi chậm*", "215/BC-SXD", "Chưa gửi", "REPORT_MISSING" })
            {
                Assert.Contains(needle, text);
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "desktop.png"), FullPage = true });

            // A phone: the page never scrolls sideways; only the tables do, inside their regions.
            await page.SetViewportSizeAsync(390, 844);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
            Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.scroll')].some(d => d.scrollWidth > d.clientWidth)"), "the matrix should scroll inside its region at 390 px");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "phone.png") });

            // Print: A4 landscape (297 mm less 2 × 10 mm margins ≈ 1047 px); no table goes past the right edge.
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.SetViewportSizeAsync(1047, 740);
            Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('table')].every(t => t.getBoundingClientRect().right <= window.innerWidth + 1)"), "a table is cut at the right edge in print");
            var pdf = Path.Combine(dir, "bao-cao.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", Landscape = true, PrintBackground = true, PreferCSSPageSize = true });

            var (pages, width, height) = Tools.PdfInfo(pdf);
            Assert.True(width > height, $"landscape expected, got {width} x {height}");
            Assert.InRange(width, 840, 843);
            var printed = Tools.PdfPages(pdf).Where(p => p.Trim().Length > 0).ToList();
            Assert.True(pages >= 2, $"several pages expected, got {pages}");
            Assert.Contains("DỮ LIỆU MINH HỌA", printed[0]);
            // Table headers repeat: every page with matrix rows starts with the matrix header.
            var matrixPages = printed.Where(p => p.Contains("Chưa đến hạn*", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(matrixPages);
            Assert.All(matrixPages, p => Assert.Contains("Cơ quan, đơn vị", p));
        }
    }

    internal static string Html(OfficeReportSource source, OfficeDocumentOptions? options = null)
    {
        using var ms = new MemoryStream();
        ComplianceHtmlReport.Write(source, ms, options);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
