using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LaiChau.PlanRules.Office.Tests;

/// <summary>Evidence text is data: never a formula in the workbook, never markup in the HTML, control characters visible.</summary>
public class OutputSafetyTests
{
    private const string Hostile = "=HYPERLINK(\"http://x\")<script>\u0007";

    private static readonly Lazy<OfficeReportSource> Source = new(() =>
    {
        var demo = DemoEvidence.Load();
        var evidence = demo with { Reports = [.. demo.Reports.Select(r => r.DocumentNumber == "215/BC-SXD" ? r with { DocumentNumber = Hostile } : r)] };
        var evaluator = ComplianceEvaluator.Create();
        return OfficeReportSource.From(evaluator, evaluator.Evaluate(evidence), evidence);
    });

    [Fact]
    public void Workbook_FormulaLikeText_IsAPlainStringCellWithoutPrefix()
    {
        using var doc = ComplianceWorkbookTests.Open(Source.Value);

        var cell = ComplianceWorkbookTests.Sheet(doc, "Tổng hợp").Descendants<Cell>().Single(c => c.InnerText.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Null(cell.CellFormula);
        Assert.Contains("\n=HYPERLINK(\"http://x\")<script>\\u0007\n", cell.InnerText);
        Assert.Empty(Fixtures.ValidationErrors(doc));
    }

    [Fact]
    public void Html_MarkupInEvidence_IsEscaped()
    {
        var html = ComplianceHtmlReportTests.Html(Source.Value);

        Assert.Contains("=HYPERLINK(&quot;http://x&quot;)&lt;script&gt;\\u0007", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain('\u0007', html);
    }

    [Fact]
    public void Samples_ShowAScreenshotOfEachDocument()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        var readme = File.ReadAllText(Path.Combine(root, "samples/README.md"), Encoding.UTF8);

        foreach (var name in new[] { "workbook", "report", "urging-letter", "synthesis" })
        {
            var png = Path.Combine(root, "samples/screenshots", name + ".png");
            Assert.Contains($"(screenshots/{name}.png)", readme);
            Assert.True(File.Exists(png), png);
            Assert.InRange(new FileInfo(png).Length, 10_000, 200_000);
        }
    }
}
