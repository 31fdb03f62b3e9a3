using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LaiChau.PlanRules.Office.Tests;

public class UrgingLetterTests
{
    [Fact]
    public void Write_Demo2025_IsValidAndUrgesTheMissingBody()
    {
        using var doc = Open(Fixtures.Demo, 2025);
        var text = Docx.Text(doc);

        Assert.Empty(Fixtures.ValidationErrors(doc));
        // The demo's 2025 missing reports: one department and four communes (their inherited duty), in official order.
        Assert.Equal(["so-ngoai-vu", "xa-hua-bum", "xa-pa-u", "xa-mu-ca", "xa-ta-tong"], UrgingLetter.Addressees(Fixtures.Demo, 2025));
        Assert.Contains("Kính gửi:", Docx.Paragraphs(doc));
        Assert.Contains("- Sở Ngoại vụ;", Docx.Paragraphs(doc));
        Assert.Contains("- Ủy ban nhân dân xã Tà Tổng.", Docx.Paragraphs(doc));
        Assert.Contains("DỰ THẢO", text);
        Assert.Contains("DỮ LIỆU MINH HỌA", Docx.HeaderText(doc));
    }

    [Fact]
    public void Write_Demo2025_QuotesTheConfirmedDeadline()
    {
        // 2025's deadline was set by a request of the province (confidence C): quoted.
        var text = Docx.Text(Open(Fixtures.Demo, 2025));

        Assert.Contains("hạn gửi báo cáo là ngày 12/12/2025", text);
        // It cites the plan (the demo's number and date) and its III.1, and the request that set the deadline.
        Assert.Contains("Thực hiện Kế hoạch số 152/KH-UBND ngày 15/10/2024 (minh họa) của Ủy ban nhân dân tỉnh Lai Châu thực hiện Nghị quyết số 107/NQ-CP", text);
        Assert.Contains("theo mục III.1 của Kế hoạch", text);
        Assert.Contains("12/12/2025 theo văn bản số ", text);
    }

    [Fact]
    public void Write_Demo2024_NeverQuotesAnAssumedDeadline()
    {
        // 2024's deadline (17/12/2024) is assumed: the letter leaves a marked placeholder instead.
        using var doc = Open(Fixtures.Demo, 2024);
        var text = Docx.Text(doc);

        Assert.Equal(["hoi-nha-bao"], UrgingLetter.Addressees(Fixtures.Demo, 2024));
        Assert.DoesNotContain("17/12/2024", text);
        Assert.Contains("hạn gửi báo cáo: [CẦN ĐIỀN: hạn gửi theo văn bản của tỉnh]", text);
        var placeholder = doc.MainDocumentPart!.Document.Descendants<Run>().First(r => r.InnerText.StartsWith("[CẦN ĐIỀN", StringComparison.Ordinal));
        Assert.Equal(HighlightColorValues.Yellow, placeholder.RunProperties!.Highlight!.Val!.Value);
    }

    [Fact]
    public void Write_Demo2025_FollowsDecree30()
    {
        using var doc = Open(Fixtures.Demo, 2025);
        var paragraphs = Docx.Paragraphs(doc);

        foreach (var line in new[] { "UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ", "Số: …/SNV-…", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày …… tháng …… năm 2026", "Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, …" })
        {
            Assert.Contains(line, paragraphs);
        }

        Assert.Contains(paragraphs, p => p.StartsWith("V/v đôn đốc gửi báo cáo năm 2025", StringComparison.Ordinal));
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((1134, 1134, 1701u, 1134u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
    }

    [Fact]
    public void Write_NobodyMissing_WritesNothing()
    {
        // 2026: nobody's deadline has passed on 13/03/2026.
        using var ms = new MemoryStream();

        Assert.False(UrgingLetter.Write(Fixtures.Demo, 2026, ms));
        Assert.Empty(UrgingLetter.Addressees(Fixtures.Demo, 2026));
        Assert.Equal(0, ms.Length);
    }

    [Fact]
    public void Write_DueSoonOnRequest_UrgesThoseDueSoonWithoutANewDeadline()
    {
        // 10/12/2026: nobody is missing 2026 yet; the reports are due soon (REPORT_DUE_SOON).
        var options = new UrgingLetterOptions { IncludeDueSoon = true };
        using var doc = Docx.Open(s => Assert.True(UrgingLetter.Write(Fixtures.DueSoon, 2026, s, options)));
        var text = Docx.Text(doc);

        Assert.Empty(UrgingLetter.Addressees(Fixtures.DueSoon, 2026));
        Assert.NotEmpty(UrgingLetter.Addressees(Fixtures.DueSoon, 2026, options));
        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.Contains("(báo cáo sắp đến hạn)", text);
        Assert.Contains("về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) đúng hạn.", text);
        Assert.DoesNotContain("16/12/2026", text);
    }

    [Fact]
    public void Write_Demo2025_SaysTheCommunesCarryTheDistrictsDuty()
    {
        // Four of 2025's addressees are communes owing the districts' III.1 duty (inherited after 01/7/2025): the
        // letter says why a commune is urged for a plan that named the districts.
        var text = Docx.Text(Open(Fixtures.Demo, 2025));
        var inherited = Fixtures.Demo.Report.ReportStatuses.Where(c => c.Period == 2025 && c.SubPeriod is null && c.IsInherited && c.Status == ReportCellStatus.Missing).ToList();

        Assert.Equal(4, inherited.Count);
        Assert.Contains("theo quy định. Từ 01/7/2025, UBND cấp xã đảm nhận nhiệm vụ của cấp huyện (Luật số 72/2025/QH15", text);
        // The request that confirmed the communes' duty is cited beside the law when one request did so for all of them.
        var confirmedBy = inherited.Select(c => c.ConfirmedByRequestId).Distinct().ToList();
        if (confirmedBy is [{ } id])
        {
            var request = Fixtures.Demo.Requests.Single(r => r.Id == id);
            Assert.Contains("(Luật số 72/2025/QH15; văn bản số " + request.DocumentNumber, text);
        }
        else
        {
            Assert.Contains("của cấp huyện (Luật số 72/2025/QH15).", text);
        }
    }

    [Fact]
    public void Write_NoCommuneUrged_SaysNothingOfInheritance()
    {
        // 2024: only a provincial association is urged, and the district level still existed.
        var text = Docx.Text(Open(Fixtures.Demo, 2024));

        Assert.DoesNotContain("72/2025/QH15", text);
        Assert.DoesNotContain("cấp huyện kết thúc hoạt động", text);
    }

    [Fact]
    public void Write_HalfYearlyPart_UrgesThatHalfsMissingReports()
    {
        // A plan whose report is half-yearly: the letter urges the first half of 2025, not a year that has no column.
        var options = new UrgingLetterOptions { Part = SubPeriod.Half(1) };
        var ids = UrgingLetter.Addressees(Fixtures.HalfYearly, 2025, options);
        using var doc = Docx.Open(s => Assert.True(UrgingLetter.Write(Fixtures.HalfYearly, 2025, s, options)));
        var text = Docx.Text(doc);
        var missing = Fixtures.HalfYearly.Report.ReportStatuses
            .Where(c => c.Period == 2025 && c.SubPeriod == SubPeriod.Half(1) && c.Status == ReportCellStatus.Missing).Select(c => c.BodyId).ToHashSet();

        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.Equal(missing.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("so-xay-dung", ids); // late, not missing
        Assert.DoesNotContain("so-tai-chinh", ids); // on time
        Assert.Contains(Docx.Paragraphs(doc), p => p.StartsWith("V/v đôn đốc gửi báo cáo 6 tháng đầu năm 2025 thực hiện", StringComparison.Ordinal));
        Assert.Contains("Sở Nội vụ chưa nhận được báo cáo 6 tháng đầu năm 2025 của", text);
        Assert.Contains("DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO 6 THÁNG ĐẦU NĂM 2025", text);
        Assert.DoesNotContain("báo cáo năm 2025", text);
    }

    [Fact]
    public void Write_HalfYearlyPlanWithoutPart_NamesTheColumnsItHas()
    {
        // No column for the whole of 2025 in a half-yearly plan: an error naming the columns, not "nobody to urge".
        var e = Assert.Throws<ArgumentException>(() => UrgingLetter.Addressees(Fixtures.HalfYearly, 2025));

        Assert.Contains("2025-H1", e.Message);
        Assert.Contains("2025-H2", e.Message);
    }

    [Fact]
    public void Write_ManyMissing_NamesGroupsAndAttachesTheList()
    {
        using var doc = Open(Fixtures.Nobody, 2025);
        var paragraphs = Docx.Paragraphs(doc);
        var ids = UrgingLetter.Addressees(Fixtures.Nobody, 2025);

        Assert.Empty(Fixtures.ValidationErrors(doc));
        Assert.True(ids.Count > 8, $"{ids.Count} addressees");
        Assert.Contains("- Các sở, ban, ngành tỉnh;", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("- Các hội đặc thù cấp tỉnh", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("- ", StringComparison.Ordinal) && p.EndsWith("(có danh sách kèm theo).", StringComparison.Ordinal));
        Assert.Contains("DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO NĂM 2025", paragraphs);
        // The attached list names every addressee, in the report's order.
        var listed = doc.MainDocumentPart!.Document.Descendants<TableRow>().Select(r => r.Elements<TableCell>().ToList()).Where(c => c.Count == 4).Skip(1).Select(c => c[1].InnerText).ToList();
        var names = ids.Select(id => Fixtures.Nobody.Report.Bodies.Single(b => b.BodyId == id).Name).ToList();
        Assert.Equal(names, listed);
    }

    [Fact]
    public async Task Write_Demo2025_LibreOfficePrintsTheSignatureBlockWholeAndNumbersPageTwo()
    {
        var pdf = await Fixtures.PrintAsync("letter", "cong-van-don-doc.docx", s => UrgingLetter.Write(Fixtures.Demo, 2025, s));

        var (pages, width, height) = Tools.PdfInfo(pdf);
        Assert.InRange(pages, 1, 2);
        Assert.True(height > width, "A4 portrait");
        var text = Tools.PdfText(pdf);
        foreach (var needle in new[] { "DỰ THẢO", "Kính gửi:", "- Sở Ngoại vụ;", "Nơi nhận:", "12/12/2025", "72/2025/QH15" })
        {
            Assert.Contains(needle, text);
        }

        // "Nơi nhận" and the signer's block never break across pages (Decree 30: they sit side by side), and a second
        // page is numbered at its top; the first is not.
        var printed = Tools.PdfPages(pdf).Where(p => p.Trim().Length > 0).ToList();
        var block = Assert.Single(printed, p => p.Contains("Nơi nhận:", StringComparison.Ordinal));
        Assert.Contains("- Lưu: VT, …", block);
        Assert.Contains("phối hợp thực hiện./.", block);
        Assert.Contains("quyền hạn, chức vụ người", block);
        Assert.NotEqual("1", printed[0].Trim().Split('\n')[0].Trim());
        if (printed.Count == 2) Assert.Equal("2", printed[1].Trim().Split('\n')[0].Trim());
    }

    [Fact]
    public async Task Write_ManyMissing_LibreOfficePrintsTheLetterThenTheList()
    {
        var pdf = await Fixtures.PrintAsync("letter-long", "cong-van-don-doc.docx", s => UrgingLetter.Write(Fixtures.Nobody, 2025, s));

        // The letter with its addressee groups takes a page or two; the attached list starts on the next page and takes
        // one or two; the letter's closing sentence stays with its signature block.
        var pages = Tools.PdfPages(pdf).Where(p => p.Trim().Length > 0).ToList();
        Assert.InRange(pages.Count, 2, 4);
        var signed = pages.FindIndex(p => p.Contains("Nơi nhận:", StringComparison.Ordinal));
        var list = pages.FindIndex(p => p.Contains("DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO NĂM 2025", StringComparison.Ordinal));
        Assert.InRange(signed, 0, 1);
        Assert.Equal(signed + 1, list);
        Assert.Contains("phối hợp thực hiện./.", pages[signed]);
    }

    private static WordprocessingDocument Open(OfficeReportSource source, int period) => Docx.Open(s => Assert.True(UrgingLetter.Write(source, period, s)));
}
