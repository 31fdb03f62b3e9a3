using System.Globalization;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>Composes the Vietnamese and English message of a built-in finding from its data.</summary>
internal static class FindingMessages
{
    public static LocalizedText Compose(FindingFact f, ReportContext ctx, Deadline? deadline, string? responsibleNow)
    {
        if (f.Message is { } given) return given;
        var o = f.Case?.Obligation;
        var body = ctx.BodyName(f.BodyId, f.Period);
        var period = f.Period is { } p ? p.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var due = deadline is null ? string.Empty : D(deadline.DueOn);
        var assumedVi = deadline is { IsAssumed: true } ? " (hạn giả định)" : string.Empty;
        var assumedEn = deadline is { IsAssumed: true } ? " (assumed deadline)" : string.Empty;
        var ev = f.EvidenceIds.Count > 0 ? f.EvidenceIds[0] : string.Empty;
        var received = f.Case?.Submissions.FirstOrDefault(s => s.EvidenceId == ev)?.JudgedOn is { } r ? D(r) : string.Empty;
        var what = o?.Kind == Plan.ObligationKind.AdHocReport ? ("báo cáo đột xuất", "ad hoc report") : ("báo cáo năm " + period, "report for " + period);

        var (vi, en) = f.Code switch
        {
            FindingCodes.ReportMissing => ($"{body} chưa gửi {what.Item1}; hạn {due}{assumedVi}.", $"{body} has not sent its {what.Item2}; due {due}{assumedEn}."),
            FindingCodes.ReportLate => ($"{body} gửi {what.Item1} muộn: nhận ngày {received}, hạn {due}{assumedVi}.", $"{body} sent its {what.Item2} late: received {received}, due {due}{assumedEn}."),
            FindingCodes.ReportDueSoon => ($"{body} sắp đến hạn gửi {what.Item1}: hạn {due}{assumedVi}.", $"{body}'s {what.Item2} is due soon: due {due}{assumedEn}."),
            FindingCodes.ReportWrongChannel => ($"{body} gửi {what.Item1} ({ev}) không đúng đường gửi: {RouteVi(o, ctx)}; báo cáo vẫn được tính là đã nhận.", $"{body} sent its {what.Item2} ({ev}) by the wrong route: {RouteEn(o, ctx)}; it still counts as received."),
            FindingCodes.ReportIncomplete => ($"{Capital(what.Item1)} của {body} ({ev}) thiếu kết quả nhiệm vụ: {string.Join(", ", f.Details)}.", $"{body}'s {what.Item2} ({ev}) gives no result for tasks: {string.Join(", ", f.Details)}."),
            FindingCodes.ReportDuplicate => ($"{body} gửi thêm {what.Item1} ({ev}) mà không ghi thay thế báo cáo nào; báo cáo nhận đầu tiên quyết định thời hạn.", $"{body} sent another {what.Item2} ({ev}) without saying which report it replaces; the first received decides timeliness."),
            FindingCodes.ReportUnexpected => ($"{body} gửi báo cáo kỳ {period} ({f.SubjectId}) nhưng không có nghĩa vụ báo cáo kỳ này (đã giải thể, chưa thành lập hoặc không thuộc đối tượng).", $"{body} sent a {period} report ({f.SubjectId}) but has no reporting obligation for that period (dissolved, not yet established, or not obligated)."),
            FindingCodes.ImplementationPlanMissing => ($"{body} chưa ban hành kế hoạch triển khai; hạn {due}{assumedVi}.", $"{body} has not issued its implementation plan; due {due}{assumedEn}."),
            FindingCodes.ImplementationPlanLate => ($"{body} ban hành kế hoạch triển khai muộn: ngày {received}, hạn {due}{assumedVi}.", $"{body} issued its implementation plan late: {received}, due {due}{assumedEn}."),
            FindingCodes.SynthesisMissing => ($"{body} chưa trình UBND tỉnh báo cáo tổng hợp năm {period}; hạn {due}{assumedVi}.", $"{body} has not submitted its {period} synthesis to UBND tỉnh; due {due}{assumedEn}."),
            FindingCodes.SynthesisLate => ($"{body} trình báo cáo tổng hợp năm {period} muộn: ngày {received}, hạn {due}{assumedVi}.", $"{body} submitted its {period} synthesis late: {received}, due {due}{assumedEn}."),
            FindingCodes.ReviewMissing => ($"Chưa có sơ kết/tổng kết theo mốc \"{o?.Qualifier}\" (hạn {due}{assumedVi}); {body} tham mưu UBND tỉnh (III.2).", $"No review recorded for milestone \"{o?.Qualifier}\" (due {due}{assumedEn}); {body} advises UBND tỉnh (III.2)."),
            FindingCodes.TaskOverdue => ($"Nhiệm vụ {f.TaskCase?.Task.Task.Id} do {body} chủ trì chưa hoàn thành, quá hạn {D(f.TaskCase?.JudgedDueOn)}{AssumedTaskVi(f)}.", $"Task {f.TaskCase?.Task.Task.Id} led by {body} is open past its deadline {D(f.TaskCase?.JudgedDueOn)}{AssumedTaskEn(f)}."),
            FindingCodes.TaskCompletedLate => ($"Nhiệm vụ {f.TaskCase?.Task.Task.Id} do {body} chủ trì hoàn thành ngày {D(f.TaskCase?.CompletedOn)}, quá hạn {D(f.TaskCase?.JudgedDueOn)}{AssumedTaskVi(f)}.", $"Task {f.TaskCase?.Task.Task.Id} led by {body} was completed on {D(f.TaskCase?.CompletedOn)}, after its deadline {D(f.TaskCase?.JudgedDueOn)}{AssumedTaskEn(f)}."),
            _ => ($"{f.Code}: {body}.", $"{f.Code}: {body}."),
        };

        if (o is { IsOnDissolvedBody: true })
        {
            vi += " Cơ quan đã giải thể, không có cơ quan kế thừa: nghĩa vụ vẫn ghi cho cơ quan này.";
            en += " The body was dissolved with no successor: the obligation stays on it.";
        }
        else if (responsibleNow is not null)
        {
            var name = ctx.BodyName(responsibleNow, null);
            vi += $" Trách nhiệm hiện nay: {name}.";
            en += $" Now responsible: {name}.";
        }

        return new LocalizedText(vi, en);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string AssumedTaskVi(FindingFact f) => f.TaskCase?.Task.Deadline is { IsAssumed: true } ? " (hạn giả định)" : string.Empty;

    private static string AssumedTaskEn(FindingFact f) => f.TaskCase?.Task.Deadline is { IsAssumed: true } ? " (assumed deadline)" : string.Empty;

    private static string RouteVi(Obligation? o, ReportContext ctx) => o?.Route is { } r
        ? r.ViaBodyId is null ? $"phải gửi trực tiếp {Name(r.AddresseeBodyId, o, ctx)}" : $"phải gửi về {Name(r.AddresseeBodyId, o, ctx)} qua {Name(r.ViaBodyId, o, ctx)}"
        : "không rõ đường gửi yêu cầu";

    private static string RouteEn(Obligation? o, ReportContext ctx) => o?.Route is { } r
        ? r.ViaBodyId is null ? $"it must go directly to {Name(r.AddresseeBodyId, o, ctx)}" : $"it must go to {Name(r.AddresseeBodyId, o, ctx)} via {Name(r.ViaBodyId, o, ctx)}"
        : "no route is expected";

    private static string Name(string bodyId, Obligation o, ReportContext ctx) => ctx.BodyName(bodyId, o.Period);

    private static string D(DateOnly? d) => d is { } x ? x.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "-";
}
