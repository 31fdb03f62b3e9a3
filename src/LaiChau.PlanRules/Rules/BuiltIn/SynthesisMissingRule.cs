using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>Sở Nội vụ submitted no synthesis and its configured deadline has passed.</summary>
[Name("SYNTHESIS_MISSING"), Description("Sở Nội vụ submitted no synthesis and its configured deadline has passed."), Tag("synthesis")]
[PlanRule(FindingCodes.SynthesisMissing, FindingSeverity.Violation, "III.2.d2", "Suy ra từ Kế hoạch III.1 (qua Sở Nội vụ) và III.2 (theo dõi, đôn đốc); chỉ khi có hạn được cấu hình")]
internal sealed class SynthesisMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.Synthesis, x => x.Obligation.DueOn != null, x => x.First == null, x => x.AsOf > x.Obligation.DueOn);

        Then()
            .Yield(_ => RuleFindings.ForCase<SynthesisMissingRule>(c, null, false, null));
    }
}
