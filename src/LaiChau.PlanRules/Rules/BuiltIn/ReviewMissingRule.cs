using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>A configured review milestone passed with no review or advice recorded.</summary>
[Name("REVIEW_MISSING"), Description("A configured review milestone passed with no review or advice recorded."), Tag("review")]
[PlanRule(FindingCodes.ReviewMissing, FindingSeverity.Violation, "III.2.d3", "Kế hoạch III.2: Sở Nội vụ định kỳ, đột xuất tham mưu UBND tỉnh sơ kết, tổng kết; mốc theo cấu hình")]
internal sealed class ReviewMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.Review, x => x.Obligation.DueOn != null, x => x.First == null, x => x.AsOf > x.Obligation.DueOn);

        Then()
            .Yield(_ => RuleFindings.ForCase<ReviewMissingRule>(c, null, false, null));
    }
}
