using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ReportUnexpected), Tag("report")]
[Description("A report came from a known body that has no obligation for that period (merged, reorganised or ceased to operate before the cut-off, not yet established, or not obligated).")]
[PlanRule(FindingSeverity.Warning, "III.1", "Kế hoạch III.1: chủ thể có nghĩa vụ báo cáo là các sở, ban, ngành tỉnh, tổ chức Hội cấp tỉnh được giao nhiệm vụ, UBND huyện, thành phố",
    DescriptionVi = "Báo cáo của cơ quan không có nghĩa vụ trong kỳ đó (đã sáp nhập, hợp nhất hoặc kết thúc hoạt động trước ngày chốt số liệu, chưa thành lập, không thuộc đối tượng).",
    DefaultPolicyVi = "Danh mục cơ quan theo ngày (dữ liệu); mã cơ quan không có trong danh mục là lỗi dữ liệu vào, không phải phát hiện.",
    DefaultPolicyEn = "Dated body catalog (data); an unknown body id is an input error, not a finding.",
    MessageVi = "{body} gửi báo cáo kỳ {period} ({evidence}) nhưng không có nghĩa vụ báo cáo kỳ này ({noDuty}).",
    MessageEn = "{body} sent a {period} report ({evidence}) but has no reporting obligation for that period ({noDuty}).")]
internal sealed class ReportUnexpectedRule : Rule
{
    public override void Define()
    {
        UnexpectedSubmission u = default!;

        When()
            .Match(() => u);

        Then()
            .Yield(_ => FindingFact.For<ReportUnexpectedRule>(u));
    }
}
