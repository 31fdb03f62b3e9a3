using System.Globalization;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// Composes the Vietnamese and English message of a finding: the message templates of the rule that made
/// it (<see cref="PlanRuleAttribute"/>), filled from the finding's data, then who is responsible now.
/// </summary>
internal static class FindingMessages
{
    public static LocalizedText Compose(FindingFact f, ReportContext ctx, Deadline? deadline, string? responsibleNow, DateOnly asOf)
    {
        var values = new Values(f, ctx, deadline, asOf);
        var template = f.Rule.MessageTemplate;
        var vi = MessageTemplate.Fill(template.Vi, name => values.Get(name, en: false));
        var en = MessageTemplate.Fill(template.En, name => values.Get(name, en: true));

        if (f.Case?.Obligation is { IsOnDissolvedBody: true })
        {
            var fate = ctx.Catalog.TryGet(f.BodyId, out var gone) ? SuccessionText.Describe(gone, ctx.Catalog) : null;
            vi += $" Cơ quan {fate?.Vi ?? "không còn hoạt động"}, không có cơ quan kế thừa: nghĩa vụ vẫn ghi cho cơ quan này.";
            en += $" The body {fate?.En ?? "no longer operates"}, with no successor: the obligation stays on it.";
        }
        else if (responsibleNow is not null)
        {
            var name = ctx.BodyName(responsibleNow, null);
            vi += $" Trách nhiệm hiện nay: {name}.";
            en += $" Now responsible: {name}.";
        }

        if (f.Case?.Obligation is { IsInherited: true } inherited)
        {
            var from = inherited.InheritedFromBodyIds.Count == 0 ? null : string.Join(", ", inherited.InheritedFromBodyIds.Select(id => ctx.BodyName(id, null)));
            var fromVi = from is null ? "cấp huyện" : from;
            var fromEn = from is null ? "the district level" : from;
            if (inherited.ConfirmedByRequestId is { } request)
            {
                vi += $" Nghĩa vụ kế thừa nhiệm vụ của {fromVi} (cấp huyện kết thúc hoạt động từ 01/7/2025, Luật 72/2025/QH15), đã được văn bản yêu cầu {request} xác nhận.";
                en += $" The obligation is inherited from {fromEn} (the district level ended on 01/7/2025, Law 72/2025/QH15) and confirmed by request {request}.";
            }
            else
            {
                vi += $" Nghĩa vụ kế thừa nhiệm vụ của {fromVi} (cấp huyện kết thúc hoạt động từ 01/7/2025, Luật 72/2025/QH15), chưa có văn bản yêu cầu nêu đích danh: mức tối đa là cần lưu ý.";
                en += $" The obligation is inherited from {fromEn} (the district level ended on 01/7/2025, Law 72/2025/QH15) and no request names the commune yet: at most a warning.";
            }
        }

        return new LocalizedText(vi, en);
    }

    /// <summary>The value of each placeholder of a message template (the remarks of <see cref="PlanRuleAttribute"/>).</summary>
    private sealed class Values(FindingFact f, ReportContext ctx, Deadline? deadline, DateOnly asOf)
    {
        private readonly Obligation? _o = f.Case?.Obligation;

        private string Period => f.Period is { } p ? p.ToString(CultureInfo.InvariantCulture) : string.Empty;

        /// <summary>The period with its half or quarter: "2026", "6 tháng đầu năm 2026" / "first half of 2026", "Quý III/2026" / "Q3 2026".</summary>
        private string PeriodLabel(bool en) => f.Period is { } y ? Plan.SubPeriod.LabelOf(y, f.SubPeriod).In(en ? "en" : "vi") : string.Empty;

        private string Evidence => f.EvidenceIds.Count > 0 ? f.EvidenceIds[0] : string.Empty;

        public string Get(string name, bool en) => name switch
        {
            "body" => ctx.BodyName(f.BodyId, f.Period),
            "period" => PeriodLabel(en),
            "report" => _o?.Kind == Plan.ObligationKind.AdHocReport ? (en ? "ad hoc report" : "báo cáo đột xuất")
                : f.SubPeriod is not null ? (en ? "report for the " : "báo cáo ") + PeriodLabel(en)
                : (en ? "report for " : "báo cáo năm ") + Period,
            "due" => deadline is null ? string.Empty : D(deadline.DueOn),
            "assumed" => deadline is { IsAssumed: true } ? (en ? " (assumed deadline)" : " (hạn giả định)") : string.Empty,
            "daysPastDue" => deadline is null ? string.Empty : (asOf.DayNumber - deadline.DueOn.DayNumber).ToString(CultureInfo.InvariantCulture),
            "evidence" => Evidence,
            "received" => f.Case?.Submissions.FirstOrDefault(s => s.EvidenceId == Evidence)?.JudgedOn is { } r ? D(r) : string.Empty,
            "route" => en ? RouteEn() : RouteVi(),
            "details" => string.Join(", ", f.Details),
            "milestone" => _o?.Qualifier ?? string.Empty,
            "task" => f.TaskCase?.Task.Task.Id ?? string.Empty,
            "judgedDue" => D(f.TaskCase?.JudgedDueOn),
            "completed" => D(f.TaskCase?.CompletedOn),
            "code" => f.Code,
            "synthesis" => en ? PeriodLabel(en) + " synthesis" : "báo cáo tổng hợp " + (f.SubPeriod is null ? "năm " + Period : PeriodLabel(en)),
            "noDuty" => f.Period is { } p ? SuccessionText.NoDutyReason(f.BodyId, ctx.Catalog, ctx.Deadlines.CutOff(p, f.SubPeriod)).In(en ? "en" : "vi") : string.Empty,
            _ => throw new InvalidOperationException($"No value for the placeholder {{{name}}}."),
        };

        private string RouteVi() => _o?.Route is { } r
            ? r.ViaBodyId is null ? $"phải gửi trực tiếp {Name(r.AddresseeBodyId)}" : $"phải gửi về {Name(r.AddresseeBodyId)} qua {Name(r.ViaBodyId)}"
            : "không rõ đường gửi yêu cầu";

        private string RouteEn() => _o?.Route is { } r
            ? r.ViaBodyId is null ? $"it must go directly to {Name(r.AddresseeBodyId)}" : $"it must go to {Name(r.AddresseeBodyId)} via {Name(r.ViaBodyId)}"
            : "no route is expected";

        private string Name(string bodyId) => ctx.BodyName(bodyId, _o!.Period);

        private static string D(DateOnly? d) => d is { } x ? x.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "-";
    }
}
