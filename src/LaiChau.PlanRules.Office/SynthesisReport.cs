using DocumentFormat.OpenXml.Wordprocessing;
using LaiChau.PlanRules.Office.Docx;
using LaiChau.PlanRules.Office.Internal;

namespace LaiChau.PlanRules.Office;

/// <summary>
/// Writes the draft yearly synthesis (.docx) of Sở Nội vụ to UBND tỉnh on the plan's implementation in one period
/// ("Số: …/BC-SNV"), in the form of Decree 30/2020/NĐ-CP: I. Kết quả (reporting compliance in numbers,
/// implementation plans, appendix tasks by the four statuses), II. Tồn tại, hạn chế (who was late, missing, or
/// sent to the wrong recipient), III. Phương hướng, IV. Kiến nghị, and the matrix as an annex on A4 landscape.
/// Every number comes from the report; where the text needs a person's judgement it carries a marked placeholder.
/// Official documents are written in Vietnamese whatever <see cref="OfficeDocumentOptions.Language"/> says.
/// </summary>
public static class SynthesisReport
{
    /// <summary>Writes the draft to <paramref name="output"/> (left open).</summary>
    /// <param name="source">The report and what it was made from.</param>
    /// <param name="period">The reporting period (year); one of the report's periods.</param>
    /// <param name="output">A writable, seekable stream.</param>
    /// <param name="options">Blocks; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">The report has no such period (its window has not begun, or the plan does not cover it).</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static void Write(OfficeReportSource source, int period, Stream output, OfficeDocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var v = new ReportView(source, options ?? new OfficeDocumentOptions());
        // The synthesis is the year's (III.2): its column is the yearly reports'; a plan whose report is half-yearly or
        // quarterly has no such column, and the year's synthesis then goes through the year's halves or quarters.
        var columns = Columns(v, period);
        if (columns.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"The report has no period {period}; its periods are {string.Join(", ", v.Periods.Select(p => p.Period).Distinct())}.");
        }

        var b = new DocxBuilder(new Labels(false));
        var year = SafeText.Number(period);
        var asOf = Citation.ShortDate(v.Report.AsOf);
        OfficialForm.Header(b, "BC-SNV", null, v.Report.AsOf.Year, v.Report.Illustrative);
        b.Add(DocxBuilder.Para(new Span("BÁO CÁO", Bold: true), JustificationValues.Center, after: 0));
        b.Add(DocxBuilder.Para(new Span($"Kết quả thực hiện Kế hoạch thực hiện Nghị quyết số 107/NQ-CP năm {year}", Bold: true), JustificationValues.Center, after: 240));
        b.Add(DocxBuilder.Para(["Kính gửi: Ủy ban nhân dân tỉnh Lai Châu."], JustificationValues.Center, after: 240));
        b.Text(["Thực hiện ", .. OfficialForm.PlanCitation(b, v.Source), $" (sau đây gọi là Kế hoạch) và nhiệm vụ được giao tại mục III.2 của Kế hoạch (theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện; tham mưu UBND tỉnh sơ kết, tổng kết), Sở Nội vụ báo cáo kết quả thực hiện năm {year} (số liệu đến ngày {asOf}) như sau:"]);

        Results(b, v, columns, period, year, asOf);
        Shortcomings(b, v, columns, period, year);
        b.Heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        b.Text(b.Fill($"phương hướng, nhiệm vụ năm {SafeText.Number(period + 1)}"));
        b.Heading("IV. KIẾN NGHỊ, ĐỀ XUẤT");
        b.Text(b.Fill("kiến nghị, đề xuất với Ủy ban nhân dân tỉnh"));
        b.Text("Trên đây là báo cáo kết quả thực hiện Kế hoạch năm " + year + " của Sở Nội vụ, kính trình Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.");
        OfficialForm.Recipients(b, ["- Như trên;", "- Lưu: VT, …"]);
        b.EndSection(DocxBuilder.Portrait());

        Annex(b, v);
        b.Save(output, OfficialForm.HeaderMark(v.Report.Illustrative), DocxBuilder.Landscape());
    }

    /// <summary>The columns of the year: the yearly reports' alone, or when the report is owed in parts, each part's in order.</summary>
    private static List<PeriodColumn> Columns(ReportView v, int period)
    {
        var year = v.Periods.Where(p => p.Period == period && p.Part is null).ToList();
        return year.Count > 0 ? year : v.Periods.Where(p => p.Period == period).ToList();
    }

    /// <summary>"báo cáo" for the year's own column (the heading names the year), a part's name otherwise.</summary>
    private static string Named(PeriodColumn column) => column.Part is { } part ? "báo cáo " + part.Label(column.Period).Vi : "báo cáo";

    private static void Results(DocxBuilder b, ReportView v, List<PeriodColumn> columns, int period, string year, string asOf)
    {
        b.Heading("I. KẾT QUẢ THỰC HIỆN");
        b.Heading(columns is [{ Part: null }] ? $"1. Việc gửi báo cáo năm {year}" : $"1. Việc gửi báo cáo định kỳ năm {year}");
        foreach (var column in columns)
        {
            int Count(ReportCellStatus? s) => v.Count(column.Key, s);
            var lead = column.Part is { } part ? $"Báo cáo {part.Label(column.Period).Vi}: tổng số" : "Tổng số";
            b.Text(
                $"{lead} cơ quan, đơn vị phải báo cáo: {Count(null)}; đã gửi đúng hạn: {Count(ReportCellStatus.OnTime)}; gửi chậm: {Count(ReportCellStatus.Late)}; " +
                $"gửi không đúng nơi nhận: {Count(ReportCellStatus.WrongRoute)}; chưa gửi: {Count(ReportCellStatus.Missing)}; chưa đến hạn: {Count(ReportCellStatus.NotDue)}; chờ hạn: {Count(ReportCellStatus.Pending)}.");
            if (column.DueOn is { } due)
            {
                b.Text(column.Assumed
                    ? $"Hạn gửi {Named(column)} dùng để đánh giá là ngày {Citation.ShortDate(due)}; đây là hạn giả định, chưa được văn bản của tỉnh xác nhận."
                    : $"Hạn gửi {Named(column)} là ngày {Citation.ShortDate(due)}.");
            }
        }

        b.Heading("2. Việc ban hành kế hoạch triển khai");
        var missing = Bodies(v, "IMPLEMENTATION_PLAN_MISSING");
        var late = Bodies(v, "IMPLEMENTATION_PLAN_LATE");
        b.Text(missing.Count + late.Count == 0
            ? $"Đến ngày {asOf}, không có cơ quan, đơn vị nào chưa ban hành hoặc ban hành muộn kế hoạch triển khai theo dữ liệu theo dõi."
            : $"Đến ngày {asOf}, có {missing.Count} cơ quan, đơn vị chưa ban hành kế hoạch triển khai{Names(missing)}; {late.Count} cơ quan, đơn vị ban hành muộn{Names(late)}.");
        b.Text(b.Fill("đánh giá chất lượng kế hoạch triển khai của các cơ quan, đơn vị"));

        b.Heading("3. Thực hiện nhiệm vụ cụ thể (phụ lục của Kế hoạch)");
        var tasks = v.Tasks.Where(t => t.Period == period).ToList();
        if (tasks.Count == 0)
        {
            b.Text($"Không có nhiệm vụ cụ thể nào được tính vào năm {year} theo dữ liệu theo dõi.");
        }
        else
        {
            int T(TaskComplianceStatus s) => tasks.Count(t => t.Status == s);
            b.Text(
                $"Tổng số nhiệm vụ: {tasks.Count}; đã hoàn thành đúng hạn: {T(TaskComplianceStatus.CompletedOnTime)}; đã hoàn thành quá hạn: {T(TaskComplianceStatus.CompletedLate)}; " +
                $"chưa hoàn thành trong hạn: {T(TaskComplianceStatus.OpenWithinDeadline)}; chưa hoàn thành quá hạn: {T(TaskComplianceStatus.OpenOverdue)}.");
        }

        b.Heading("4. Kết quả cụ thể");
        b.Text(b.Fill($"kết quả nổi bật năm {year} theo báo cáo của các cơ quan, đơn vị"));
    }

    private static void Shortcomings(DocxBuilder b, ReportView v, List<PeriodColumn> columns, int period, string year)
    {
        b.Heading("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
        b.Heading("1. Tồn tại, hạn chế");
        var any = false;
        foreach (var column in columns)
        {
            List<string> With(ReportCellStatus s) => v.Rows.Where(r => r.Cells.TryGetValue(column.Key, out var c) && c.Status.Status == s).Select(r => r.Name).ToList();
            var late = With(ReportCellStatus.Late);
            var missing = With(ReportCellStatus.Missing);
            var wrong = With(ReportCellStatus.WrongRoute);
            // The year's own report needs no name on each line; a part's does ("- Gửi báo cáo 6 tháng đầu năm 2025 chậm").
            var what = Named(column);
            if (late.Count > 0) b.Text($"- Gửi {what} chậm ({late.Count}): {string.Join(", ", late)}.");
            if (missing.Count > 0) b.Text($"- Chưa gửi {what} ({missing.Count}): {string.Join(", ", missing)}.");
            if (wrong.Count > 0) b.Text($"- Gửi {(column.Part is null ? string.Empty : what + " ")}không đúng nơi nhận ({wrong.Count}): {string.Join(", ", wrong)}.");
            any |= late.Count + missing.Count + wrong.Count > 0;
        }

        if (!any)
        {
            var reports = string.Join(", ", columns.Select(c => c.Part is null ? "báo cáo năm " + year : Named(c)));
            b.Text($"Các cơ quan, đơn vị đã gửi {reports} đúng hạn, đúng nơi nhận (hoặc chưa đến hạn).");
        }
        var overdue = v.Tasks.Where(t => t.Period == period && t.Status == TaskComplianceStatus.OpenOverdue).ToList();
        if (overdue.Count > 0)
        {
            b.Text($"- Nhiệm vụ chưa hoàn thành quá hạn ({overdue.Count}): {string.Join(", ", overdue.Select(t => $"{t.TaskId} ({v.BodyName(t.BodyId)})"))}.");
        }

        b.Heading("2. Nguyên nhân");
        b.Text(b.Fill("nguyên nhân của tồn tại, hạn chế"));
    }

    private static void Annex(DocxBuilder b, ReportView v)
    {
        const int width = 14570;
        b.Add(DocxBuilder.Para(new Span("PHỤ LỤC", Bold: true), JustificationValues.Center, after: 0));
        b.Add(DocxBuilder.Para(new Span(v.L["matrix.title"], Bold: true), JustificationValues.Center, after: 0));
        b.Add(DocxBuilder.Para(new Span("(Kèm theo Báo cáo số …/BC-SNV ngày …… của Sở Nội vụ)", Italic: true), JustificationValues.Center, after: 120));
        var periodWidth = Math.Min(2600, (width - 700 - 5000) / Math.Max(1, v.Periods.Count));
        int[] widths = [700, width - 700 - (periodWidth * v.Periods.Count), .. v.Periods.Select(_ => periodWidth)];
        string[] header = ["STT", "Cơ quan, đơn vị", .. v.Periods.Select(p => $"{ReportView.Heading(p)}\nhạn {v.DueHeader(p)}")];
        var rows = new List<IReadOnlyList<Span>>();
        var n = 0;
        var blockNo = 0;
        foreach (var block in v.MatrixBlocks)
        {
            rows.Add([$"{SafeText.Roman(++blockNo)}. {v.L.Block(block.Block)}"]);
            foreach (var row in block.Rows)
            {
                rows.Add([SafeText.Number(++n), row.Name, .. v.Periods.Select(p => (Span)(row.Cells.TryGetValue(p.Key, out var c) ? string.Join("\n", c.Lines(v.L)) : "–"))]);
            }
        }

        foreach (var status in Enum.GetValues<ReportCellStatus>())
        {
            rows.Add([string.Empty, v.L.Status(status), .. v.Periods.Select(p => (Span)SafeText.Number(v.Count(p.Key, status)))]);
        }

        b.Add(DocxBuilder.Grid(widths, header, rows, 22, width));
        b.Add(DocxBuilder.Para(new Span(v.L["legend.assumed"], Italic: true), JustificationValues.Left, 22, after: 0));
    }

    private static List<string> Bodies(ReportView v, string code) =>
        v.Findings.Where(f => f.Code == code).Select(f => f.BodyName ?? v.BodyName(f.BodyId)).Distinct().ToList();

    private static string Names(List<string> names) => names.Count == 0 ? string.Empty : $" ({string.Join(", ", names)})";
}
