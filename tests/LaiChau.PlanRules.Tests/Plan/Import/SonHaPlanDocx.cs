using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>
/// Writes the illustrative plan of the invented province Sơn Hà as a Word .docx, laid out as provinces do: the header and
/// the "Nơi nhận"/signature block in two-cell layout tables, the appendix as a real table.
/// </summary>
internal static class SonHaPlanDocx
{
    public static byte[] Create()
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
                body.Append(Paragraph(text));
            }

            body.Append(LayoutTable(
                ["Nơi nhận:", "- Bộ Nội vụ (để b/c);", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT."],
                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", string.Empty, "Trần Thị Bình"]));
            body.Append(Paragraph("PHỤ LỤC"));
            body.Append(DataTable(
                ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
                ["1", "Xây dựng cơ sở dữ liệu đội ngũ trí thức", "Sở Khoa học và Công nghệ", "Sở Nội vụ, UBND các xã, phường", "Quý II/2026", "Cơ sở dữ liệu"],
                ["2", "Tôn vinh trí thức tiêu biểu", "Sở Nội vụ", string.Empty, "Hằng năm", "Quyết định khen thưởng"]));
            body.Append(new SectionProperties());
            doc.AddMainDocumentPart().Document = new Document(body);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("The generated .docx is not valid: " + string.Join("; ", errors));
        }

        return stream.ToArray();
    }

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
