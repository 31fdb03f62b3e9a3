using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LaiChau.PlanRules.Office.Tests;

public class SynthesisReportTests
{
    [Fact]
    public void Write_Demo2025_IsValidWithSectionsOneToFour()
    {
        using var doc = Open(Fixtures.Demo, 2025);
        var paragraphs = Docx.Paragraphs(doc);

        Assert.Empty(Fixtures.ValidationErrors(doc));
        foreach (var line in new[] { "Số: …/BC-SNV", "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC", "DỰ THẢO" })
        {
            Assert.Contains(line, paragraphs);
        }
    }

    [Fact]
    public void Write_Demo2025_EveryNumberComesFromTheReport()
    {
        var text = Docx.Text(Open(Fixtures.Demo, 2025));
        var counts = Fixtures.Demo.Report.Periods.Single(p => p.Period == 2025).Counts;

        Assert.Contains($"Tổng số cơ quan, đơn vị phải báo cáo: {counts.Reports}; đã gửi đúng hạn: {counts.OnTime}; gửi chậm: {counts.Late}; gửi không đúng nơi nhận: {counts.WrongRoute}; chưa gửi: {counts.Missing};", text);
        Assert.Contains("- Gửi báo cáo chậm (4): Hội Văn học Nghệ thuật tỉnh Lai Châu, Ủy ban nhân dân xã Sìn Hồ, Ủy ban nhân dân xã Nậm Cuổi, Ủy ban nhân dân xã Bum Nưa.", text);
        Assert.Contains("- Chưa gửi báo cáo (5): Sở Ngoại vụ, Ủy ban nhân dân xã Hua Bum, Ủy ban nhân dân xã Pa Ủ, Ủy ban nhân dân xã Mù Cả, Ủy ban nhân dân xã Tà Tổng.", text);
        Assert.Contains("có 1 cơ quan, đơn vị chưa ban hành kế hoạch triển khai (Sở Ngoại vụ)", text);
    }

    [Fact]
    public void Write_HalfYearlyPlan_GoesThroughTheYearsHalves()
    {
        // A plan whose report is half-yearly has no column for the whole year: the year's synthesis counts each half.
        using var doc = Open(Fixtures.HalfYearly, 2025);
        var text = Docx.Text(doc);
        var h1 = Fixtures.HalfYearly.Report.Periods.Single(p => p.Period == 2025 && p.SubPeriod == SubPeriod.Half(1)).Counts;
        var h2 = Fixtures.HalfYearly.Report.Periods.Single(p => p.Period == 2025 && p.SubPeriod == SubPeriod.Half(2)).Counts;

        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.Contains("1. Việc gửi báo cáo định kỳ năm 2025", Docx.Paragraphs(doc));
        Assert.Contains($"Báo cáo 6 tháng đầu năm 2025: tổng số cơ quan, đơn vị phải báo cáo: {h1.Reports}; đã gửi đúng hạn: {h1.OnTime}; gửi chậm: {h1.Late};", text);
        Assert.Contains($"Báo cáo 6 tháng cuối năm 2025: tổng số cơ quan, đơn vị phải báo cáo: {h2.Reports}; đã gửi đúng hạn: 0;", text);
        Assert.Contains("- Gửi báo cáo 6 tháng đầu năm 2025 chậm (1): Sở Xây dựng.", text);
        Assert.Contains($"- Chưa gửi báo cáo 6 tháng đầu năm 2025 ({h1.Missing}): ", text);
        Assert.DoesNotContain("6 tháng cuối năm 2025 chậm", text);
    }

    [Fact]
    public void Write_Demo2025_JudgementIsAMarkedPlaceholder()
    {
        using var doc = Open(Fixtures.Demo, 2025);
        var placeholders = doc.MainDocumentPart!.Document.Descendants<Run>().Where(r => r.RunProperties?.Highlight is not null).Select(r => r.InnerText).ToList();

        Assert.Contains("[CẦN ĐIỀN: nguyên nhân của tồn tại, hạn chế]", placeholders);
        Assert.Contains("[CẦN ĐIỀN: phương hướng, nhiệm vụ năm 2026]", placeholders);
        Assert.Contains("[CẦN ĐIỀN: kiến nghị, đề xuất với Ủy ban nhân dân tỉnh]", placeholders);
    }

    [Fact]
    public void Write_Demo2025_AnnexHoldsTheMatrixOnLandscape()
    {
        using var doc = Open(Fixtures.Demo, 2025);
        var body = doc.MainDocumentPart!.Document.Body!;
        var annex = body.Elements<Table>().Last();

        Assert.Equal(PageOrientationValues.Landscape, body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!.Orient!.Value);
        var xayDung = annex.Elements<TableRow>().Single(r => r.Elements<TableCell>().ElementAtOrDefault(1)?.InnerText == "Sở Xây dựng");
        Assert.StartsWith("Gửi chậm*", xayDung.Elements<TableCell>().ElementAt(2).InnerText);
    }

    [Fact]
    public void Write_PeriodNotInReport_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SynthesisReport.Write(Fixtures.Demo, 2031, new MemoryStream()));
    }

    [Fact]
    public async Task Write_Demo2025_LibreOfficePrintsANonEmptyReport()
    {
        var pdf = await Fixtures.PrintAsync("synthesis", "bao-cao-tong-hop.docx", s => SynthesisReport.Write(Fixtures.Demo, 2025, s));

        var (pages, _, _) = Tools.PdfInfo(pdf);
        var text = Tools.PdfText(pdf);
        Assert.InRange(pages, 2, 10); // the annex matrix lists 38 communes from 2025
        foreach (var needle in new[] { "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC", "Sở Xây dựng", "DỮ LIỆU MINH HỌA" })
        {
            Assert.Contains(needle, text);
        }
    }

    private static WordprocessingDocument Open(OfficeReportSource source, int period) => Docx.Open(s => SynthesisReport.Write(source, period, s));
}
