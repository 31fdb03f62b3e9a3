using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>The implementation plan was issued after its configured deadline.</summary>
[Name("IMPLEMENTATION_PLAN_LATE"), Description("The implementation plan was issued after its configured deadline."), Tag("implementation-plan")]
[PlanRule(FindingCodes.ImplementationPlanLate, FindingSeverity.Warning, "III.1.d2", "Kế hoạch III.1: xây dựng kế hoạch triển khai thực hiện; chỉ khi có hạn được cấu hình")]
internal sealed class ImplementationPlanLateRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.ImplementationPlan, x => x.Obligation.DueOn != null, x => x.First != null, x => x.First!.JudgedOn > x.Obligation.DueOn);

        Then()
            .Yield(_ => RuleFindings.ForCase<ImplementationPlanLateRule>(c, c.First, false, null));
    }
}
