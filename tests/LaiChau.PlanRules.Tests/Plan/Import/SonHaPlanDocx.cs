using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>
/// Writes the illustrative plan of the invented province Sơn Hà as a Word .docx, laid out as provinces do: the header and
/// the "Nơi nhận"/signature block in two-cell layout tables, the appendix as a real table. With
/// <c>wordNumbering</c>, the section numbers ("I.") come from a paragraph style's list, the items' ("1.") from the
/// paragraphs' own list, and the appendix's "STT" from a list of its own: Word's automatic numbering, not typed text.
/// </summary>
internal static class SonHaPlanDocx
{
    public static byte[] Create(bool wordNumbering = false)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(LayoutTable(
                ["ỦY BAN NHÂN DÂN", "TỈNH SƠN HÀ", "Số: /KH-UBND"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sơn Hà, ngày tháng năm 2025"]));
            foreach (var text in new[]
            {
                "KẾ HOẠCH",
                "Triển khai thực hiện Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Chính phủ trên địa bàn tỉnh Sơn Hà",
                "Thực hiện Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Chính phủ về ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII;",
                "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Cụ thể hóa các nhiệm vụ của Nghị quyết số 107/NQ-CP phù hợp với tình hình của tỉnh.",
                "II. NHIỆM VỤ CHỦ YẾU",
                "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ theo dõi việc thực hiện các nhiệm vụ tại Phụ lục; tham mưu UBND tỉnh sơ kết việc thực hiện Kế hoạch vào năm 2027.",
                "2. Các sở, ban, ngành tỉnh, UBND các xã, phường định kỳ 6 tháng (trước ngày 15/6 và 15/12 hằng năm) và hằng năm báo cáo kết quả thực hiện gửi UBND tỉnh (qua Sở Nội vụ).",
                "3. UBND các xã, phường tổ chức quán triệt Kế hoạch đến cán bộ, công chức; xây dựng kế hoạch thực hiện trước ngày 31/12/2025.",
            })
            {
                body.Append(wordNumbering ? Numbered(text) : Paragraph(text));
            }

            body.Append(LayoutTable(
                ["Nơi nhận:", "- Bộ Nội vụ (để b/c);", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT."],
                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", string.Empty, "Trần Thị Bình"]));
            body.Append(Paragraph("PHỤ LỤC"));
            var table = DataTable(
                ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
                ["1", "Xây dựng cơ sở dữ liệu đội ngũ trí thức", "Sở Khoa học và Công nghệ", "Sở Nội vụ, UBND các xã, phường", "Quý II/2026", "Cơ sở dữ liệu"],
                ["2", "Tôn vinh trí thức tiêu biểu", "Sở Nội vụ", string.Empty, "Hằng năm", "Quyết định khen thưởng"]);
            if (wordNumbering)
            {
                // The "STT" cells of the task rows: empty paragraphs in list 2 ("%1").
                foreach (var row in table.Elements<TableRow>().Skip(1))
                {
                    var cell = row.Elements<TableCell>().First();
                    cell.RemoveAllChildren<Paragraph>();
                    cell.Append(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 2 }))));
                }
            }

            body.Append(table);
            body.Append(new SectionProperties());
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(body);
            if (wordNumbering)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                    new StyleName { Val = "Plan Section" },
                    new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })))
                { Type = StyleValues.Paragraph, StyleId = "PlanSection" });
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                    new AbstractNum(ListLevel(0, NumberFormatValues.UpperRoman, "%1."), ListLevel(1, NumberFormatValues.Decimal, "%2.")) { AbstractNumberId = 0 },
                    new AbstractNum(ListLevel(0, NumberFormatValues.Decimal, "%1")) { AbstractNumberId = 1 },
                    new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
                    new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 });
            }

            var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("The generated .docx is not valid: " + string.Join("; ", errors));
        }

        return stream.ToArray();
    }

    /// <summary>A level of a list: start 1, its format and text.</summary>
    internal static Level ListLevel(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    /// <summary>A paragraph whose typed section ("I. ") or item ("1. ") number becomes Word list numbering.</summary>
    private static Paragraph Numbered(string text)
    {
        var section = System.Text.RegularExpressions.Regex.Match(text, @"^[IVX]+\. ");
        if (section.Success)
        {
            return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "PlanSection" }), Run(text[section.Length..]));
        }

        var item = System.Text.RegularExpressions.Regex.Match(text, @"^[0-9]+\. ");
        return item.Success
            ? new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 1 }, new NumberingId { Val = 1 })), Run(text[item.Length..]))
            : Paragraph(text);
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableCell Cell(IEnumerable<string> paragraphs) =>
        new(paragraphs.Select(p => (OpenXmlElement)Paragraph(p)).Prepend(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto })));

    private static Table Table(int columns, IEnumerable<TableRow> rows) =>
        new(rows.Select(r => (OpenXmlElement)r)
            .Prepend(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "1500" })))
            .Prepend(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto })));

    /// <summary>A one-row, two-cell table used for layout (header, "Nơi nhận" beside the signature).</summary>
    private static Table LayoutTable(string[] left, string[] right) => Table(2, [new TableRow(Cell(left), Cell(right))]);

    /// <summary>A table of data: each row's cells hold one paragraph each.</summary>
    private static Table DataTable(params string[][] rows) =>
        Table(rows[0].Length, rows.Select(r => new TableRow(r.Select(c => Cell([c])))));
}
