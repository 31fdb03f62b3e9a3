using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.ReportDueSoon), Tag("report")]
[Description("A report is not received yet and its deadline falls within the reminder window.")]
[PlanRule(FindingSeverity.Info, "III.1.d4", "Kế hoạch III.1; nhắc hạn trong cửa sổ nhắc (mặc định 5 ngày làm việc)",
    DescriptionVi = "Chưa nhận được báo cáo và hạn nằm trong cửa sổ nhắc.",
    DefaultPolicyVi = "Cửa sổ nhắc ReminderWorkingDays: mặc định 5 ngày làm việc (chính sách).",
    DefaultPolicyEn = "Reminder window ReminderWorkingDays: default 5 working days (policy).",
    MessageVi = "{body} sắp đến hạn gửi {report}: hạn {due}{assumed}.",
    MessageEn = "{body}'s {report} is due soon: due {due}{assumed}.")]
internal sealed class ReportDueSoonRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.IsDueSoon);

        Then()
            .Yield(_ => FindingFact.For<ReportDueSoonRule>(c));
    }
}
