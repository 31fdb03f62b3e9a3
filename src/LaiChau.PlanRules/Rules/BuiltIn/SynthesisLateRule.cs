using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.SynthesisLate), Tag("synthesis")]
[Description("Sở Nội vụ's synthesis was submitted after its configured deadline.")]
[PlanRule(FindingSeverity.Warning, "III.2.d2", "Suy ra từ Kế hoạch III.1 (qua Sở Nội vụ) và III.2 (theo dõi, đôn đốc); chỉ khi có hạn được cấu hình",
    DescriptionVi = "Sở Nội vụ trình báo cáo tổng hợp năm sau hạn cấu hình.",
    DefaultPolicyVi = "Không có hạn mặc định.",
    DefaultPolicyEn = "No default deadline.",
    MessageVi = "{body} trình {synthesis} muộn: ngày {received}, hạn {due}{assumed}.",
    MessageEn = "{body} submitted its {synthesis} late: {received}, due {due}{assumed}.")]
internal sealed class SynthesisLateRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.Synthesis, x => x.Obligation.DueOn != null, x => x.First != null, x => x.First!.JudgedOn > x.Obligation.DueOn);

        Then()
            .Yield(_ => FindingFact.For<SynthesisLateRule>(c, c.First));
    }
}
