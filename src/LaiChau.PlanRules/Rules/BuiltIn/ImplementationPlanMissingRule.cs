using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ImplementationPlanMissing), Tag("implementation-plan")]
[Description("No implementation plan was issued and its configured deadline has passed.")]
[PlanRule(FindingSeverity.Violation, "III.1.d2", "Kế hoạch III.1: xây dựng kế hoạch triển khai thực hiện; chỉ khi có hạn được cấu hình",
    DescriptionVi = "Chưa ban hành kế hoạch triển khai, đã quá hạn cấu hình.",
    DefaultPolicyVi = "Không có hạn mặc định: chỉ áp dụng khi cấu hình chính sách \"implementation-plan\".",
    DefaultPolicyEn = "No default deadline: only with a configured \"implementation-plan\" policy.",
    MessageVi = "{body} chưa ban hành kế hoạch triển khai; hạn {due}{assumed}.",
    MessageEn = "{body} has not issued its implementation plan; due {due}{assumed}.")]
internal sealed class ImplementationPlanMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.ImplementationPlan, x => x.Obligation.DueOn != null, x => x.First == null, x => x.AsOf > x.Obligation.DueOn);

        Then()
            .Yield(_ => FindingFact.For<ImplementationPlanMissingRule>(c));
    }
}
