using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>A report is not received yet and its deadline falls within the reminder window.</summary>
[Name("REPORT_DUE_SOON"), Description("A report is not received yet and its deadline falls within the reminder window."), Tag("report")]
[PlanRule(FindingCodes.ReportDueSoon, FindingSeverity.Info, "III.1.d4", "Kế hoạch III.1; nhắc hạn trong cửa sổ nhắc (mặc định 5 ngày làm việc)")]
internal sealed class ReportDueSoonRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.Obligation.RemindFrom != null, x => x.First == null, x => x.AsOf >= x.Obligation.RemindFrom, x => x.AsOf <= x.Obligation.DueOn);

        Then()
            .Yield(_ => RuleFindings.ForCase<ReportDueSoonRule>(c, null, false, null));
    }
}
