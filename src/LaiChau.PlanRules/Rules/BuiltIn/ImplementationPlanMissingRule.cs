using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>No implementation plan was issued and its configured deadline has passed.</summary>
[Name("IMPLEMENTATION_PLAN_MISSING"), Description("No implementation plan was issued and its configured deadline has passed."), Tag("implementation-plan")]
[PlanRule(FindingCodes.ImplementationPlanMissing, FindingSeverity.Violation, "III.1.d2", "Kế hoạch III.1: xây dựng kế hoạch triển khai thực hiện; chỉ khi có hạn được cấu hình")]
internal sealed class ImplementationPlanMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.ImplementationPlan, x => x.Obligation.DueOn != null, x => x.First == null, x => x.AsOf > x.Obligation.DueOn);

        Then()
            .Yield(_ => RuleFindings.ForCase<ImplementationPlanMissingRule>(c, null, false, null));
    }
}
