using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LaiChau.PlanRules.Office.Tests;

public class ComplianceWorkbookTests
{
    [Fact]
    public void Write_Demo_IsValidOpenXml()
    {
        using var doc = Open(Fixtures.Demo);

        Assert.Empty(Fixtures.ValidationErrors(doc));
    }

    [Fact]
    public void Write_Demo_HasTheFourSheetsAndTheBanner()
    {
        using var doc = Open(Fixtures.Demo);

        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Tổng hợp", "Phát hiện", "Nhiệm vụ", "Ghi chú"], names);
        foreach (var name in names)
        {
            Assert.Contains(Texts(doc, name!).Values, t => t.StartsWith("DỮ LIỆU MINH HỌA", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Write_Demo_MatrixCellsShowStatusNumberAndReceivedDate()
    {
        using var doc = Open(Fixtures.Demo);
        var texts = Texts(doc, "Tổng hợp");

        // Sở Xây dựng, 2024: received 20/12/2024 after the assumed 17/12/2024 deadline.
        var late = Row(texts, "Sở Xây dựng");
        Assert.StartsWith("Gửi chậm*", texts["C" + late]);
        Assert.Contains("nhận 20/12/2024", texts["C" + late]);
        // Sở Ngoại vụ, 2025: missing; the 2025 deadline is confirmed, so no asterisk.
        var missing = Row(texts, "Sở Ngoại vụ");
        Assert.Equal("Chưa gửi", texts["D" + missing]);
        Assert.Contains(texts, kv => kv.Value.Contains('/') && kv.Key.StartsWith('C') && kv.Value.StartsWith("Đúng hạn", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_HalfYearlyPlan_OneColumnPerHalf()
    {
        using var doc = Open(Fixtures.HalfYearly);
        var texts = Texts(doc, "Tổng hợp");

        Assert.Empty(Fixtures.ValidationErrors(doc));
        // The columns, headed by the half as officers write it (the window of the first half of 2024 closed before signing).
        var header = texts.Where(kv => kv.Value.StartsWith("6 tháng", StringComparison.Ordinal)).OrderBy(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key[0] + "=" + kv.Value).ToList();
        Assert.Equal(["C=6 tháng cuối năm 2024", "D=6 tháng đầu năm 2025", "E=6 tháng cuối năm 2025"], header);
        Assert.StartsWith("Gửi chậm", texts["D" + Row(texts, "Sở Xây dựng")], StringComparison.Ordinal);
        Assert.StartsWith("Đúng hạn", texts["D" + Row(texts, "Sở Tài chính")], StringComparison.Ordinal);
        // The findings sheet names the half.
        Assert.Contains(Texts(doc, "Phát hiện").Values, t => t == "6 tháng đầu năm 2025");
    }

    [Fact]
    public void Write_Demo_LateAndMissingCellsAreColoured()
    {
        using var doc = Open(Fixtures.Demo);
        var texts = Texts(doc, "Tổng hợp");

        Assert.Equal("FFFFEB9C", FillOf(doc, "Tổng hợp", "C" + Row(texts, "Sở Xây dựng")));
        Assert.Equal("FFFFC7CE", FillOf(doc, "Tổng hợp", "D" + Row(texts, "Sở Ngoại vụ")));
    }

    [Fact]
    public void Write_Demo_BlocksInOrderAndDatesAreDateCells()
    {
        using var doc = Open(Fixtures.Demo);
        var texts = Texts(doc, "Tổng hợp");

        var blocks = new[] { "Các sở, ban, ngành tỉnh", "Các hội đặc thù cấp tỉnh", "UBND các huyện, thành phố (đến 30/6/2025)" }.Select(b => Row(texts, b)).ToList();
        Assert.Equal(blocks.Order(), blocks);
        var due = Cell(doc, "Tổng hợp", "D" + (Row(texts, "Hạn gửi")));
        Assert.Equal(new DateOnly(2025, 12, 12).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), due.CellValue!.Text);
        Assert.DoesNotContain(doc.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()), _ => true);
    }

    [Fact]
    public void Write_Demo_FindingsSheetHasFilterFrozenHeaderAndEveryFinding()
    {
        using var doc = Open(Fixtures.Demo);
        var ws = Sheet(doc, "Phát hiện");

        Assert.NotNull(ws.GetFirstChild<AutoFilter>());
        Assert.Equal(PaneStateValues.Frozen, ws.Descendants<Pane>().Single().State!.Value);
        var texts = Texts(doc, "Phát hiện");
        foreach (var f in Fixtures.Demo.Report.Findings)
        {
            Assert.Contains(f.Id, texts.Values);
        }
    }

    [Fact]
    public void Write_Demo_PrintsA4LandscapeOnePageWideWithRepeatedHeader()
    {
        using var doc = Open(Fixtures.Demo);

        foreach (var part in doc.WorkbookPart!.WorksheetParts)
        {
            var setup = part.Worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9u, setup.PaperSize!.Value);
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
        }

        Assert.Contains(doc.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>(), n => n.Name == "_xlnm.Print_Titles" && n.Text.StartsWith("'Tổng hợp'!", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_English_UsesEnglishLabels()
    {
        using var doc = Open(Fixtures.Demo, new OfficeDocumentOptions { Language = "en" });

        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.Equal(["Summary", "Findings", "Tasks", "Notes"], doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
        Assert.Contains("Not sent", Texts(doc, "Summary").Values);
    }

    [Fact]
    public void Write_OnlyAssociations_ShowsOneBlock()
    {
        using var doc = Open(Fixtures.Demo, new OfficeDocumentOptions { Blocks = BodyBlocks.Associations });
        var texts = Texts(doc, "Tổng hợp").Values;

        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.Contains("Các hội đặc thù cấp tỉnh", texts);
        Assert.DoesNotContain("Các sở, ban, ngành tỉnh", texts);
        Assert.DoesNotContain("Sở Xây dựng", texts);
    }

    [Fact]
    public async Task Write_Demo_LibreOfficePrintsTheMatrixOnePageWide()
    {
        var pdf = await Fixtures.PrintAsync("xlsx", "tong-hop.xlsx", s => ComplianceWorkbook.Write(Fixtures.Demo, s));

        var (pages, width, height) = Tools.PdfInfo(pdf);
        Assert.True(width > height, $"landscape expected, got {width} x {height}");
        Assert.InRange(width, 840, 843);
        // One page wide: every page of the matrix has the body column and the last period's column side by side
        // (a matrix wider than the page would put the last column on pages of its own), and the header repeats.
        var matrixPages = Tools.PdfPages(pdf).Where(p => p.Contains("Căn cứ hạn", StringComparison.Ordinal) || p.Contains("Chưa đến hạn*", StringComparison.Ordinal)).ToList();
        Assert.True(matrixPages.Count >= 2, "the demo matrix spans two pages or more");
        foreach (var page in matrixPages)
        {
            Assert.Contains("Cơ quan, đơn vị", page);
            Assert.Contains("16/12/2026", page);
        }

        Assert.Contains("DỮ LIỆU MINH HỌA", matrixPages[0]);
        Assert.Contains(matrixPages, p => p.Contains("Sở Xây dựng", StringComparison.Ordinal) && p.Contains("215/BC-SXD", StringComparison.Ordinal));
        Assert.True(pages >= 4, $"one page or more per sheet expected, got {pages}");
    }

    internal static SpreadsheetDocument Open(OfficeReportSource source, OfficeDocumentOptions? options = null)
    {
        var ms = new MemoryStream();
        ComplianceWorkbook.Write(source, ms, options);
        ms.Position = 0;
        return SpreadsheetDocument.Open(ms, false);
    }

    internal static Worksheet Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    internal static Cell Cell(SpreadsheetDocument doc, string sheet, string reference) =>
        Sheet(doc, sheet).Descendants<Cell>().Single(c => c.CellReference == reference);

    /// <summary>The text of every string cell by reference.</summary>
    internal static Dictionary<string, string> Texts(SpreadsheetDocument doc, string sheet) =>
        Sheet(doc, sheet).Descendants<Cell>().Where(c => c.InlineString is not null).ToDictionary(c => c.CellReference!.Value!, c => c.InlineString!.InnerText);

    private static int Row(Dictionary<string, string> texts, string text) =>
        int.Parse(texts.First(kv => kv.Value == text).Key.TrimStart((char[])[.. Enumerable.Range('A', 26).Select(i => (char)i)]), System.Globalization.CultureInfo.InvariantCulture);

    private static string FillOf(SpreadsheetDocument doc, string sheet, string reference)
    {
        var stylesheet = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var xf = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)Cell(doc, sheet, reference).StyleIndex!.Value);
        var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)xf.FillId!.Value);
        return fill.PatternFill!.ForegroundColor!.Rgb!.Value!;
    }
}
