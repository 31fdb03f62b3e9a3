using DocumentFormat.OpenXml.Wordprocessing;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Office.Docx;
using LaiChau.PlanRules.Office.Internal;

namespace LaiChau.PlanRules.Office;

/// <summary>
/// Writes the draft công văn đôn đốc (.docx) from Sở Nội vụ to the bodies whose report for a period (a year, or with
/// <see cref="UrgingLetterOptions.Part"/> a half or quarter of it) is missing (and, as an option, due soon), in the form of Decree 30/2020/NĐ-CP. "Kính gửi" names the bodies in the
/// report's order, or their groups with an attached list when there are many. A deadline is quoted only when a
/// document set it (confidence C); otherwise the text carries a marked placeholder, never an assumed date. The
/// draft is marked "DỰ THẢO", its number and signature are left empty. Official documents are written in
/// Vietnamese whatever <see cref="OfficeDocumentOptions.Language"/> says.
/// </summary>
public static class UrgingLetter
{
    private const string DueSoonCode = "REPORT_DUE_SOON";

    /// <summary>The ids of the bodies the letter would urge for <paramref name="period"/>, in order; empty when nobody is to be urged (then write nothing).</summary>
    /// <param name="source">The report and what it was made from.</param>
    /// <param name="period">The reporting period (year).</param>
    /// <param name="options">Blocks and whether to include reports due soon; null for the defaults.</param>
    /// <returns>The body ids.</returns>
    /// <exception cref="ArgumentException">The report has no column for the period (and part) asked for.</exception>
    public static IReadOnlyList<string> Addressees(OfficeReportSource source, int period, UrgingLetterOptions? options = null)
    {
        options ??= new UrgingLetterOptions();
        return Select(new ReportView(source, options), period, options).Select(a => a.Row.BodyId).ToList();
    }

    /// <summary>Writes the draft letter to <paramref name="output"/> (left open) and returns true; returns false and writes nothing when nobody is to be urged.</summary>
    /// <param name="source">The report and what it was made from.</param>
    /// <param name="period">The reporting period (year).</param>
    /// <param name="output">A writable, seekable stream.</param>
    /// <param name="options">Blocks and whether to include reports due soon; null for the defaults.</param>
    /// <returns>Whether a letter was written.</returns>
    /// <exception cref="ArgumentException">An option is out of range, or the report has no column for the period (and part) asked for.</exception>
    public static bool Write(OfficeReportSource source, int period, Stream output, UrgingLetterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new UrgingLetterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxNamedAddressees, 1, nameof(options));
        var view = new ReportView(source, options);
        var addressees = Select(view, period, options);
        if (addressees.Count == 0) return false;

        var b = new DocxBuilder(new Labels(false));
        // "năm 2025", or a part's label: "6 tháng đầu năm 2025", "Quý III/2025".
        var year = options.Part is { } part ? part.Label(period).Vi : "năm " + SafeText.Number(period);
        var illustrative = view.Report.Illustrative;
        var anyMissing = addressees.Any(a => a.Cell.Status.Status == ReportCellStatus.Missing);
        var dueSoonNote = !anyMissing ? " (báo cáo sắp đến hạn)" : addressees.Any(a => a.DueSoon) ? " (có cơ quan, đơn vị báo cáo sắp đến hạn)" : string.Empty;
        OfficialForm.Header(b, "SNV-…", $"V/v đôn đốc gửi báo cáo {year} thực hiện Kế hoạch thực hiện Nghị quyết số 107/NQ-CP", view.Report.AsOf.Year, illustrative);
        b.Add(DocxBuilder.Para(string.Empty, after: 0));

        var listed = addressees.Count > options.MaxNamedAddressees;
        KinhGui(b, addressees, listed);

        var who = addressees.Count == 1 ? addressees[0].Row.Name : listed ? "các cơ quan, đơn vị có tên tại danh sách kèm theo" : "các cơ quan, đơn vị nêu trên";
        var you = addressees.Count == 1 ? "Quý cơ quan" : "các cơ quan, đơn vị";
        b.Text([
            "Thực hiện ", .. OfficialForm.PlanCitation(b, view.Source),
            " (sau đây gọi là Kế hoạch); theo mục III.1 của Kế hoạch, các cơ quan, đơn vị, địa phương được giao nhiệm vụ định kỳ hằng năm báo cáo kết quả thực hiện các nhiệm vụ tại Kế hoạch về UBND tỉnh (qua Sở Nội vụ) theo quy định.",
            .. Inheritance(view, addressees)]);
        b.Text([
            $"Đến ngày {Citation.ShortDate(view.Report.AsOf)}, Sở Nội vụ chưa nhận được báo cáo {year} của {who}{dueSoonNote}; ",
            .. Deadline(b, view, addressees, listed), "."]);
        var ask = $"Để kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị {you} khẩn trương hoàn thành và gửi báo cáo {year} về Ủy ban nhân dân tỉnh (qua Sở Nội vụ)";
        b.Text(anyMissing ? [ask + " trước ngày ", b.Fill("hạn gửi mới"), "."] : [ask + " đúng hạn."]);
        // The closing sentence goes with the signature block when that moves to the next page: never a page of signature alone.
        b.Add(DocxBuilder.Para([$"Sở Nội vụ đề nghị {you} quan tâm, phối hợp thực hiện./."], JustificationValues.Both, firstLine: true, keepNext: true));
        OfficialForm.Recipients(b, ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, …"]);

        if (listed) AttachedList(b, view, addressees, year);
        b.Save(output, OfficialForm.HeaderMark(illustrative));
        return true;
    }

    private sealed record Addressee(MatrixRow Row, MatrixCell Cell, bool DueSoon);

    private static List<Addressee> Select(ReportView view, int period, UrgingLetterOptions options)
    {
        // The letter urges one column of the matrix: the year's report, or the half's or quarter's asked for.
        var part = options.Part;
        if (!view.Report.Periods.Any(p => p.Period == period && Equals(p.SubPeriod, part)))
        {
            var columns = string.Join(", ", view.Report.Periods.Select(p => SubPeriod.Key(p.Period, p.SubPeriod)));
            throw new ArgumentException($"The report has no column {SubPeriod.Key(period, part)} (its columns: {columns}).", nameof(period));
        }

        var key = SubPeriod.Key(period, part);
        var dueSoon = view.Report.Findings.Where(f => f.Code == DueSoonCode && f.Period == period && Equals(f.SubPeriod, part)).Select(f => f.BodyId).ToHashSet(StringComparer.Ordinal);
        return view.Rows
            .Where(r => r.Cells.ContainsKey(key))
            .Select(r => new Addressee(r, r.Cells[key], dueSoon.Contains(r.BodyId)))
            .Where(a => a.Cell.Status.Status == ReportCellStatus.Missing || (options.IncludeDueSoon && a.DueSoon && a.Cell.Status.ReceivedOn is null))
            .ToList();
    }

    /// <summary>"Kính gửi": one name on the line; a few names one per line; many: their groups, pointing to the attached list.</summary>
    private static void KinhGui(DocxBuilder b, List<Addressee> addressees, bool listed)
    {
        if (addressees.Count == 1)
        {
            b.Add(DocxBuilder.Para(["Kính gửi: ", addressees[0].Row.Name + "."], JustificationValues.Center, after: 240));
            return;
        }

        var names = listed
            ? addressees.Select(a => a.Row.Block).Distinct().Select(GroupName).ToList()
            : addressees.Select(a => a.Row.Name).ToList();
        b.Add(DocxBuilder.Para(["Kính gửi:"], JustificationValues.Left, after: 0).With(2835));
        for (var i = 0; i < names.Count; i++)
        {
            var end = i < names.Count - 1 ? ";" : listed ? " (có danh sách kèm theo)." : ".";
            b.Add(DocxBuilder.Para([$"- {names[i]}{end}"], JustificationValues.Left, after: i < names.Count - 1 ? 0 : 240).With(3402));
        }
    }

    /// <summary>The deadline sentence: quoted only when every addressee's deadline is one confirmed date (a document set it); otherwise a placeholder.</summary>
    private static IEnumerable<Span> Deadline(DocxBuilder b, ReportView view, List<Addressee> addressees, bool listed)
    {
        var dues = addressees.Select(a => a.Cell.Status.DueConfidence == Confidence.Confirmed ? a.Cell.Status.DueOn : null).Distinct().ToList();
        if (dues is [{ } due])
        {
            yield return $"hạn gửi báo cáo là ngày {Citation.ShortDate(due)}";
            if (RequestBehind(view, addressees[0]) is { } request) yield return " theo " + request;
            yield break;
        }

        yield return "hạn gửi báo cáo: ";
        yield return b.Fill(listed ? "hạn gửi theo văn bản của tỉnh (xem danh sách kèm theo)" : "hạn gửi theo văn bản của tỉnh");
    }

    /// <summary>
    /// When a UBND xã/phường is urged for a duty the plan put on the districts (inherited after 01/7/2025, P), the
    /// letter says why in one sentence: the commune took the district's duty on when the district level ended (Law
    /// 72/2025/QH15). The request that confirmed the commune's duty is cited beside the law when one request did so for
    /// every inherited addressee; the sentence is kept short so that a letter fits its page.
    /// </summary>
    private static List<Span> Inheritance(ReportView view, List<Addressee> addressees)
    {
        var inherited = addressees.Where(a => a.Cell.Status.IsInherited).ToList();
        if (inherited.Count == 0) return [];
        var requests = inherited.Select(a => a.Cell.Status.ConfirmedByRequestId).Distinct().ToList();
        var request = requests is [{ } id] ? view.Source.Requests.FirstOrDefault(r => r.Id == id) : null;
        return [" Từ 01/7/2025, UBND cấp xã đảm nhận nhiệm vụ của cấp huyện (Luật số 72/2025/QH15" + (request is null ? string.Empty : "; " + Cited(request)) + ")."];
    }

    private static string Cited(ReportRequest request) =>
        SafeText.Clean($"văn bản số {request.DocumentNumber}" + (request.DocumentDate is { } d ? " ngày " + Citation.ShortDate(d) : string.Empty));

    /// <summary>"Văn bản số X ngày Y" of the request that set a confirmed deadline, when the evidence has it.</summary>
    private static string? RequestBehind(ReportView view, Addressee a)
    {
        var policy = view.Report.Findings.FirstOrDefault(f => f.BodyId == a.Row.BodyId && f.Period == a.Cell.Status.Period && f.SubPeriod == a.Cell.Status.SubPeriod && f.DueOn == a.Cell.Status.DueOn)?.DeadlinePolicy;
        var request = view.Source.Requests.FirstOrDefault(r => r.Id == policy);
        return request is null ? null : Cited(request);
    }

    private static void AttachedList(DocxBuilder b, ReportView view, List<Addressee> addressees, string year)
    {
        b.Add(DocxBuilder.Para([new Span($"DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO {year.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}", Bold: true)], JustificationValues.Center, after: 0, pageBreakBefore: true));
        b.Add(DocxBuilder.Para([new Span("(Kèm theo Công văn số …/SNV-… ngày …… của Sở Nội vụ)", Italic: true)], JustificationValues.Center, after: 240));
        var rows = new List<IReadOnlyList<Span>>();
        var n = 0;
        foreach (var group in addressees.GroupBy(a => a.Row.Block))
        {
            rows.Add([GroupName(group.Key)]);
            foreach (var a in group)
            {
                var s = a.Cell.Status;
                Span due = s.DueOn is { } d && s.DueConfidence == Confidence.Confirmed ? Citation.ShortDate(d) : b.Fill();
                rows.Add([SafeText.Number(++n), a.Row.Name, due, a.DueSoon && s.Status != ReportCellStatus.Missing ? "Sắp đến hạn" : view.L.Status(s.Status)]);
            }
        }

        b.Add(DocxBuilder.Grid([800, 4871, 1900, 1500], ["STT", "Cơ quan, đơn vị", "Hạn gửi", "Tình trạng"], rows));
    }

    private static string GroupName(BodyBlocks block) => block switch
    {
        BodyBlocks.Departments => "Các sở, ban, ngành tỉnh",
        BodyBlocks.Associations => "Các hội đặc thù cấp tỉnh",
        BodyBlocks.Districts => "Ủy ban nhân dân các huyện, thành phố",
        BodyBlocks.Communes => "Ủy ban nhân dân các xã, phường",
        _ => "Các cơ quan, đơn vị khác",
    };
}
