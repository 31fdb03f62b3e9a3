using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ReportWrongChannel), Tag("report")]
[Description("The first report did not take the route the obligation expects; it still counts as received.")]
[PlanRule(FindingSeverity.Warning, "III.1.d4", "Kế hoạch III.1: báo cáo về UBND tỉnh (qua Sở Nội vụ)",
    DescriptionVi = "Báo cáo nhận đầu tiên không theo đường gửi mẫu nghĩa vụ yêu cầu (về UBND tỉnh qua Sở Nội vụ); vẫn tính là đã nhận.",
    DefaultPolicyVi = "Đường gửi theo mẫu nghĩa vụ (bảng đường gửi, docs/rules.md); hình thức gửi (giấy, thư điện tử, phần mềm) không bao giờ là vi phạm.",
    DefaultPolicyEn = "The route of the obligation template (route table, docs/rules.md); the means (paper, e-mail, software) is never a violation.",
    MessageVi = "{body} gửi {report} ({evidence}) không đúng đường gửi: {route}; báo cáo vẫn được tính là đã nhận.",
    MessageEn = "{body} sent its {report} ({evidence}) by the wrong route: {route}; it still counts as received.")]
internal sealed class ReportWrongChannelRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.IsWrongRoute);

        Then()
            .Yield(_ => FindingFact.For<ReportWrongChannelRule>(c, c.First));
    }
}
