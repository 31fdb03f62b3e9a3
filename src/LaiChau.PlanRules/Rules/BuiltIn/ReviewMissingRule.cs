using LaiChau.PlanRules.Plan;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ReviewMissing), Tag("review")]
[Description("A configured review milestone passed with no review or advice recorded; the finding falls on Sở Nội vụ (UBND tỉnh, the issuer, is never the subject).")]
[PlanRule(FindingSeverity.Violation, "III.2.d3", "Kế hoạch III.2: Sở Nội vụ định kỳ, đột xuất tham mưu UBND tỉnh sơ kết, tổng kết; mốc theo cấu hình",
    DescriptionVi = "Đã qua mốc sơ kết/tổng kết cấu hình mà chưa ghi nhận sơ kết/tổng kết (hoặc tham mưu của Sở Nội vụ); phát hiện ghi cho Sở Nội vụ (UBND tỉnh, cơ quan ban hành, không là đối tượng).",
    DefaultPolicyVi = "Không có mốc mặc định: mốc lấy từ cấu hình.",
    DefaultPolicyEn = "No default milestones: they come from configuration.",
    MessageVi = "Chưa có sơ kết/tổng kết theo mốc \"{milestone}\" (hạn {due}{assumed}); {body} tham mưu UBND tỉnh (III.2).",
    MessageEn = "No review recorded for milestone \"{milestone}\" (due {due}{assumed}); {body} advises UBND tỉnh (III.2).")]
internal sealed class ReviewMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.Kind == ObligationKind.Review, x => x.Obligation.DueOn != null, x => x.First == null, x => x.AsOf > x.Obligation.DueOn);

        Then()
            .Yield(_ => FindingFact.For<ReviewMissingRule>(c));
    }
}
