using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>The first report did not take the route the obligation expects; it still counts as received.</summary>
[Name("REPORT_WRONG_CHANNEL"), Description("The first report did not take the route the obligation expects; it still counts as received."), Tag("report")]
[PlanRule(FindingCodes.ReportWrongChannel, FindingSeverity.Warning, "III.1.d4", "Kế hoạch III.1: báo cáo về UBND tỉnh (qua Sở Nội vụ)")]
internal sealed class ReportWrongChannelRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.IsWrongRoute);

        Then()
            .Yield(_ => RuleFindings.ForCase<ReportWrongChannelRule>(c, c.First, false, null));
    }
}
