namespace LaiChau.PlanRules.Office.Internal;

/// <summary>
/// Every label of the documents, Vietnamese and English, in one table, so the wording can follow the core
/// library's (Sở Nội vụ's) without touching the writers.
/// </summary>
internal sealed class Labels(bool english)
{
    private static readonly Dictionary<string, (string Vi, string En)> Table = new(StringComparer.Ordinal)
    {
        ["banner"] = ("DỮ LIỆU MINH HỌA: không phải số liệu thật", "DỮ LIỆU MINH HỌA (ILLUSTRATIVE DATA): not real records"),
        ["draft"] = ("DỰ THẢO", "DỰ THẢO (DRAFT)"),
        ["matrix.title"] = ("TÌNH HÌNH GỬI BÁO CÁO NĂM THEO CƠ QUAN VÀ KỲ BÁO CÁO", "ANNUAL REPORTS BY BODY AND PERIOD"),
        ["asOf"] = (ReportLabels.AsOf.Vi, ReportLabels.AsOf.En),
        ["no"] = ("STT", "No."),
        ["body"] = ("Cơ quan, đơn vị", "Body"),
        ["period"] = ("Kỳ", "Period"),
        ["due"] = ("Hạn gửi", "Due"),
        ["dueBasis"] = ("Căn cứ hạn", "Deadline basis"),
        ["due.confirmed"] = ("Theo văn bản", "Set by a document"),
        ["due.assumed"] = ("Hạn giả định (*)", "Assumed (*)"),
        ["due.mixed"] = ("Nhiều hạn", "Several"),
        ["due.none"] = ("Chưa có hạn", "No deadline"),
        ["received"] = ("nhận", "received"),
        ["total"] = ("Tổng số báo cáo", "Reports"),
        ["legend"] = ("Chú thích", "Legend"),
        ["legend.assumed"] = ("* = hạn giả định: hạn chưa được văn bản của tỉnh xác nhận (docs/policies.md).", "* = assumed deadline: not confirmed by a provincial document (docs/policies.md)."),
        ["block.Departments"] = ("Các sở, ban, ngành tỉnh", "Provincial departments and agencies"),
        ["block.Associations"] = ("Các hội đặc thù cấp tỉnh", "Provincial associations"),
        ["block.Districts"] = ("UBND các huyện, thành phố (đến 30/6/2025)", "District People's Committees (until 30/6/2025)"),
        ["block.Communes"] = ("UBND các xã, phường (từ 01/7/2025)", "Commune and ward People's Committees (from 01/7/2025)"),
        ["block.Other"] = ("Cơ quan khác", "Other bodies"),
        ["sheet.matrix"] = ("Tổng hợp", "Summary"),
        ["sheet.findings"] = ("Phát hiện", "Findings"),
        ["sheet.tasks"] = ("Nhiệm vụ", "Tasks"),
        ["sheet.notes"] = ("Ghi chú", "Notes"),
        ["findings.title"] = ("CÁC PHÁT HIỆN", "FINDINGS"),
        ["f.id"] = ("Mã phát hiện", "Finding id"),
        ["f.code"] = ("Loại", "Code"),
        ["f.severity"] = ("Mức độ", "Severity"),
        ["f.confidence"] = ("Độ tin cậy của hạn", "Deadline confidence"),
        ["f.clause"] = ("Điều khoản", "Clause"),
        ["f.message"] = ("Nội dung", "Message"),
        ["f.evidence"] = ("Chứng cứ", "Evidence"),
        ["f.none"] = ("Không có phát hiện.", "No findings."),
        ["tasks.title"] = ("NHIỆM VỤ CỤ THỂ (PHỤ LỤC) THEO BỐN TÌNH TRẠNG", "APPENDIX TASKS BY THE FOUR STATUSES"),
        ["t.task"] = ("Nhiệm vụ", "Task"),
        ["t.lead"] = ("Cơ quan chủ trì", "Lead body"),
        ["t.status"] = ("Tình trạng", "Status"),
        ["t.completed"] = ("Ngày hoàn thành", "Completed on"),
        ["t.count"] = ("Số nhiệm vụ", "Tasks"),
        ["t.none"] = ("Chưa có nhiệm vụ nào trong phụ lục.", "No appendix tasks."),
        ["notes.title"] = ("GHI CHÚ", "NOTES"),
        ["n.plan"] = ("Kế hoạch", "Plan"),
        ["n.number"] = ("Số, ngày ký", "Number, signed on"),
        ["n.unsigned"] = ("dự thảo, chưa có số và ngày ký", "draft, not numbered or dated"),
        ["n.periods"] = ("Các kỳ báo cáo", "Periods covered"),
        ["n.bases"] = ("Căn cứ", "Legal bases"),
        ["n.notes"] = ("Ghi chú của lần kiểm tra", "Notes of the check"),
        ["n.none"] = ("Không có.", "None."),
        ["confidence.C"] = ("Xác nhận (C)", "Confirmed (C)"),
        ["confidence.P"] = ("Một phần (P), hạn giả định", "Partial (P), assumed"),
        ["confidence.U"] = ("Chưa xác nhận (U), hạn giả định", "Unconfirmed (U), assumed"),
    };

    public bool English => english;

    public string Code => english ? "en" : "vi";

    public string this[string key] => Table.TryGetValue(key, out var t) ? (english ? t.En : t.Vi) : throw new KeyNotFoundException(key);

    public string T(string vi, string en) => english ? en : vi;

    public string T(LocalizedText text) => english ? text.En : text.Vi;

    public string Block(BodyBlocks block) => this["block." + block];

    /// <summary>The cell wording of a report state (Sở Nội vụ's wording, the core's <see cref="ReportLabels"/>).</summary>
    public string Status(ReportCellStatus s) => T(ReportLabels.Status(s));

    public string Severity(FindingSeverity s) => T(ReportLabels.Severity(s));

    public string Task(TaskComplianceStatus s) => T(ReportLabels.TaskStatus(s));

    public string Confidence(Confidence? c) => c switch
    {
        null => string.Empty,
        PlanRules.Confidence.Confirmed => this["confidence.C"],
        PlanRules.Confidence.Partial => this["confidence.P"],
        _ => this["confidence.U"],
    };
}
