using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ReportDuplicate), Tag("report")]
[Description("A later report for the same body and period does not say which report it replaces (one finding per such report).")]
[PlanRule(FindingSeverity.Info, "III.1.d4", "Kế hoạch III.1: một báo cáo mỗi kỳ; báo cáo nhận đầu tiên quyết định thời hạn và đường gửi",
    DescriptionVi = "Báo cáo sau cùng cơ quan, cùng kỳ không ghi thay thế báo cáo nào (mỗi báo cáo như vậy một phát hiện).",
    DefaultPolicyVi = "Báo cáo nhận đầu tiên quyết định thời hạn và đường gửi; báo cáo thay thế quyết định nội dung.",
    DefaultPolicyEn = "The first received decides timeliness and route; a replacing report decides content.",
    MessageVi = "{body} gửi thêm {report} ({evidence}) mà không ghi thay thế báo cáo nào; báo cáo nhận đầu tiên quyết định thời hạn.",
    MessageEn = "{body} sent another {report} ({evidence}) without saying which report it replaces; the first received decides timeliness.")]
internal sealed class ReportDuplicateRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.HasDuplicates);

        Then()
            .Do(ctx => RuleFindings.Sync(ctx, c.Duplicates.Select(d => FindingFact.For<ReportDuplicateRule>(c, d, keyedByEvidence: true))));
    }
}
