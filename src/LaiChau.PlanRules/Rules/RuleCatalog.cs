using LaiChau.PlanRules.Rules.BuiltIn;
using NRules.Fluent;

namespace LaiChau.PlanRules.Rules;

/// <summary>The built-in rules: their NRules types and their documentation (docs/rules.md shows the same table).</summary>
public static class RuleCatalog
{
    private static readonly (Type Type, string Vi, string PolicyVi, string PolicyEn)[] Rules =
    [
        (typeof(ReportMissingRule), "Chưa nhận được báo cáo và đã quá hạn.", "Hạn báo cáo năm: mặc định 2 ngày làm việc sau ngày chốt số liệu 14/12 (U, hạn giả định).", "Annual report deadline: default 2 working days after the 14/12 cut-off (U, assumed)."),
        (typeof(ReportLateRule), "Báo cáo nhận đầu tiên đến sau hạn (hạn kết thúc 24:00 giờ Việt Nam).", "Như REPORT_MISSING; tính theo thời điểm nhận (chính sách có thể chọn thời điểm gửi).", "As REPORT_MISSING; judged on the received instant (a policy may choose the sent instant)."),
        (typeof(ReportDueSoonRule), "Chưa nhận được báo cáo và hạn nằm trong cửa sổ nhắc.", "Cửa sổ nhắc: 5 ngày làm việc (chính sách).", "Reminder window: 5 working days (policy)."),
        (typeof(ReportWrongChannelRule), "Báo cáo nhận đầu tiên không theo đường gửi mẫu nghĩa vụ yêu cầu (về UBND tỉnh qua Sở Nội vụ); vẫn tính là đã nhận.", "Bảng đường gửi (docs/rules.md); hình thức gửi không bao giờ là vi phạm.", "Route table (docs/rules.md); the means is never a violation."),
        (typeof(ReportIncompleteRule), "Báo cáo quyết định nội dung không có kết quả cho nhiệm vụ cơ quan chủ trì.", "Phụ lục nhiệm vụ (dữ liệu); không có phụ lục thì không áp dụng.", "Appendix tasks (data); without an appendix it never fires."),
        (typeof(ReportUnexpectedRule), "Báo cáo của cơ quan không có nghĩa vụ trong kỳ đó (đã giải thể, chưa thành lập, không thuộc đối tượng).", "Danh mục cơ quan theo ngày (dữ liệu).", "Dated body catalog (data)."),
        (typeof(ReportDuplicateRule), "Báo cáo thứ hai cùng cơ quan, cùng kỳ không ghi thay thế báo cáo nào.", "Báo cáo nhận đầu tiên quyết định thời hạn và đường gửi; báo cáo thay thế quyết định nội dung.", "The first received decides timeliness and route; a replacing report decides content."),
        (typeof(ImplementationPlanMissingRule), "Chưa ban hành kế hoạch triển khai, đã quá hạn cấu hình.", "Không có hạn mặc định: chỉ áp dụng khi cấu hình chính sách \"implementation-plan\".", "No default deadline: only with a configured \"implementation-plan\" policy."),
        (typeof(ImplementationPlanLateRule), "Ban hành kế hoạch triển khai sau hạn cấu hình.", "Không có hạn mặc định.", "No default deadline."),
        (typeof(SynthesisMissingRule), "Sở Nội vụ chưa trình báo cáo tổng hợp năm, đã quá hạn cấu hình (nghĩa vụ suy ra).", "Không có hạn mặc định: chỉ áp dụng khi cấu hình chính sách \"synthesis\".", "No default deadline: only with a configured \"synthesis\" policy."),
        (typeof(SynthesisLateRule), "Sở Nội vụ trình báo cáo tổng hợp năm sau hạn cấu hình.", "Không có hạn mặc định.", "No default deadline."),
        (typeof(ReviewMissingRule), "Đã qua mốc sơ kết/tổng kết cấu hình mà chưa ghi nhận sơ kết/tổng kết (hoặc tham mưu của Sở Nội vụ).", "Không có mốc mặc định: mốc lấy từ cấu hình.", "No default milestones: they come from configuration."),
        (typeof(TaskOverdueRule), "Nhiệm vụ Phụ lục chưa hoàn thành, đã quá hạn.", "Thời hạn theo Phụ lục; \"Hằng năm\": 14/12 (giả định); \"Thường xuyên\": không bao giờ quá hạn.", "Timing per the appendix; \"Hằng năm\": 14/12 (assumed); \"Thường xuyên\": never overdue."),
        (typeof(TaskCompletedLateRule), "Nhiệm vụ Phụ lục hoàn thành sau hạn.", "Gia hạn có được tính đúng hạn: chính sách, mặc định có (U).", "Whether an extension counts as on time: a policy, default yes (U)."),
    ];

    private static readonly Type[] StatusRules =
    [
        typeof(TaskCompletedOnTimeStatusRule), typeof(TaskCompletedLateStatusRule), typeof(TaskOpenWithinDeadlineStatusRule), typeof(TaskOpenOverdueStatusRule),
    ];

    /// <summary>The NRules rule types of the built-in rule set.</summary>
    public static IReadOnlyList<Type> BuiltInRuleTypes { get; } = [.. Rules.Select(r => r.Type), .. StatusRules];

    /// <summary>The built-in finding rules, in the order of docs/rules.md.</summary>
    public static IReadOnlyList<RuleInfo> BuiltIn { get; } = Describe();

    private static List<RuleInfo> Describe()
    {
        // The English description is the rule's own [Description], read back through its NRules definition.
        var repository = new RuleRepository();
        repository.Load(x => x.PrivateTypes().From(Rules.Select(r => r.Type)));
        var definitions = repository.GetRuleSets().SelectMany(set => set.Rules).ToDictionary(d => (Type)d.Properties[RuleProperties.ClrType]!);
        return Rules.Select(r =>
        {
            var m = RuleFindings.MetadataOf(r.Type);
            var en = definitions.TryGetValue(r.Type, out var d) && !string.IsNullOrEmpty(d.Description) ? d.Description : m.Code;
            return new RuleInfo(m.Code, m.Severity, m.ClausePath, m.LegalBasis, new LocalizedText(r.Vi, en), new LocalizedText(r.PolicyVi, r.PolicyEn));
        }).ToList();
    }

    /// <summary>Finds a built-in rule by code.</summary>
    /// <param name="code">The code, for example <c>REPORT_MISSING</c> (case-insensitive).</param>
    /// <returns>The rule, or null.</returns>
    public static RuleInfo? Find(string code) => BuiltIn.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
