using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>Sở Nội vụ's synthesis was submitted after its configured deadline.</summary>
[Name("SYNTHESIS_LATE"), Description("Sở Nội vụ's synthesis was submitted after its configured deadline."), Tag("synthesis")]
[PlanRule(FindingCodes.SynthesisLate, FindingSeverity.Warning, "III.2.d2", "Suy ra từ Kế hoạch III.1 (qua Sở Nội vụ) và III.2 (theo dõi, đôn đốc); chỉ khi có hạn được cấu hình")]
internal sealed class SynthesisLateRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.Synthesis, x => x.Obligation.DueOn != null, x => x.First != null, x => x.First!.JudgedOn > x.Obligation.DueOn);

        Then()
            .Yield(_ => RuleFindings.ForCase<SynthesisLateRule>(c, c.First, false, null));
    }
}
