using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ReportMissing), Tag("report")]
[Description("A report was not received and its deadline has passed.")]
[PlanRule(FindingSeverity.Violation, "III.1.d4", "Kế hoạch III.1: định kỳ hằng năm báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ); hạn theo chính sách hạn nộp",
    DescriptionVi = "Chưa nhận được báo cáo và đã quá hạn.",
    DefaultPolicyVi = "Chính sách \"annual-report\": 2 ngày làm việc sau ngày chốt số liệu 14/12 (U, hạn giả định: theo Nghị định 09/2019/NĐ-CP Điều 8 khoản 5 điểm b và QĐ 01/2023/QĐ-UBND của Khánh Hòa; chưa tìm thấy hạn riêng của Lai Châu); phát hiện ghi \"hạn giả định\".",
    DefaultPolicyEn = "Policy \"annual-report\": 2 working days after the 14/12 cut-off (U, assumed: modelled on Decree 09/2019/NĐ-CP Art. 8(5)(b) and Khánh Hòa QĐ 01/2023/QĐ-UBND; Lai Châu's own deadline not found); findings say \"hạn giả định\".",
    MessageVi = "{body} chưa gửi {report}; hạn {due}{assumed}.",
    MessageEn = "{body} has not sent its {report}; due {due}{assumed}.")]
internal sealed class ReportMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.IsMissing);

        Then()
            .Yield(_ => FindingFact.For<ReportMissingRule>(c));
    }
}
