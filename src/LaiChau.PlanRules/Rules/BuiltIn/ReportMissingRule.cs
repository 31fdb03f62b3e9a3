using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>A report was not received and its deadline has passed.</summary>
[Name("REPORT_MISSING"), Description("A report was not received and its deadline has passed."), Tag("report")]
[PlanRule(FindingCodes.ReportMissing, FindingSeverity.Violation, "III.1.d4", "Kế hoạch III.1: định kỳ hằng năm báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ); hạn theo chính sách hạn nộp")]
internal sealed class ReportMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.IsMissing);

        Then()
            .Yield(_ => RuleFindings.ForCase<ReportMissingRule>(c, null, false, null));
    }
}
