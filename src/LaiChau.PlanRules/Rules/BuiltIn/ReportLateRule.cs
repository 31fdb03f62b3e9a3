using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>The first report was received after its deadline.</summary>
[Name("REPORT_LATE"), Description("The first report was received after its deadline."), Tag("report")]
[PlanRule(FindingCodes.ReportLate, FindingSeverity.Violation, "III.1.d4", "Kế hoạch III.1; báo cáo đúng hạn khi nhận trước 24:00 ngày hết hạn (giờ Việt Nam, Bộ luật Dân sự 2015 Điều 148(6))")]
internal sealed class ReportLateRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.IsLate);

        Then()
            .Yield(_ => RuleFindings.ForCase<ReportLateRule>(c, c.First, false, null));
    }
}
