using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ReportLate), Tag("report")]
[Description("The first report was received after its deadline (the due day ends at 24:00 Vietnam time).")]
[PlanRule(FindingSeverity.Violation, "III.1.d4", "Kế hoạch III.1; báo cáo đúng hạn khi nhận trước 24:00 ngày hết hạn (giờ Việt Nam, Bộ luật Dân sự 2015 Điều 148(6))",
    DescriptionVi = "Báo cáo nhận đầu tiên đến sau hạn (hạn kết thúc 24:00 giờ Việt Nam).",
    DefaultPolicyVi = "Như REPORT_MISSING; tính theo thời điểm nhận (chưa xác nhận, U: Nghị định 09 nói \"thời hạn gửi\"; chính sách Timeliness có thể chọn thời điểm gửi).",
    DefaultPolicyEn = "As REPORT_MISSING; judged on the received instant (unconfirmed, U: Decree 09 speaks of a deadline to send; policy Timeliness may choose the sent instant).",
    MessageVi = "{body} gửi {report} chậm: nhận ngày {received}, hạn {due}{assumed}.",
    MessageEn = "{body} sent its {report} late: received {received}, due {due}{assumed}.")]
internal sealed class ReportLateRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.IsLate);

        Then()
            .Yield(_ => FindingFact.For<ReportLateRule>(c, c.First));
    }
}
