using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.SynthesisMissing), Tag("synthesis")]
[Description("Sở Nội vụ submitted no synthesis and its configured deadline has passed.")]
[PlanRule(FindingSeverity.Violation, "III.2.d2", "Suy ra từ Kế hoạch III.1 (qua Sở Nội vụ) và III.2 (theo dõi, đôn đốc); chỉ khi có hạn được cấu hình",
    DescriptionVi = "Sở Nội vụ chưa trình báo cáo tổng hợp năm, đã quá hạn cấu hình (nghĩa vụ suy ra).",
    DefaultPolicyVi = "Không có hạn mặc định: chỉ áp dụng khi cấu hình chính sách \"synthesis\"; bản thân nghĩa vụ là suy ra.",
    DefaultPolicyEn = "No default deadline: only with a configured \"synthesis\" policy; the duty itself is inferred.",
    MessageVi = "{body} chưa trình UBND tỉnh {synthesis}; hạn {due}{assumed}.",
    MessageEn = "{body} has not submitted its {synthesis} to UBND tỉnh; due {due}{assumed}.")]
internal sealed class SynthesisMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.Synthesis, x => x.Obligation.DueOn != null, x => x.First == null, x => x.AsOf > x.Obligation.DueOn);

        Then()
            .Yield(_ => FindingFact.For<SynthesisMissingRule>(c));
    }
}
