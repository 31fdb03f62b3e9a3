using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ImplementationPlanLate), Tag("implementation-plan")]
[Description("The implementation plan was issued after its configured deadline.")]
[PlanRule(FindingSeverity.Warning, "III.1.d2", "Kế hoạch III.1: xây dựng kế hoạch triển khai thực hiện; chỉ khi có hạn được cấu hình",
    DescriptionVi = "Ban hành kế hoạch triển khai sau hạn cấu hình.",
    DefaultPolicyVi = "Không có hạn mặc định.",
    DefaultPolicyEn = "No default deadline.",
    MessageVi = "{body} ban hành kế hoạch triển khai muộn: ngày {received}, hạn {due}{assumed}.",
    MessageEn = "{body} issued its implementation plan late: {received}, due {due}{assumed}.")]
internal sealed class ImplementationPlanLateRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.ImplementationPlan, x => x.Obligation.DueOn != null, x => x.First != null, x => x.First!.JudgedOn > x.Obligation.DueOn);

        Then()
            .Yield(_ => FindingFact.For<ImplementationPlanLateRule>(c, c.First));
    }
}
