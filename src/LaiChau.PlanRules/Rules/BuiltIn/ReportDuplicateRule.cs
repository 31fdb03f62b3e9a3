using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>A later report for the same body and period does not say which report it replaces.</summary>
[Name("REPORT_DUPLICATE"), Description("A later report for the same body and period does not say which report it replaces."), Tag("report")]
[PlanRule(FindingCodes.ReportDuplicate, FindingSeverity.Info, "III.1.d4", "Kế hoạch III.1: một báo cáo mỗi kỳ; báo cáo nhận đầu tiên quyết định thời hạn và đường gửi")]
internal sealed class ReportDuplicateRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.Duplicates.Any());

        Then()
            .Do(ctx => RuleFindings.Sync(ctx, c.Duplicates.Select(d => RuleFindings.ForCase<ReportDuplicateRule>(c, d, true, null))));
    }
}
