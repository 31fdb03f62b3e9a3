using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.TaskOverdue), Tag("task")]
[Description("An appendix task is open after its deadline.")]
[PlanRule(FindingSeverity.Violation, "II.2", "Kế hoạch II.2: các nhiệm vụ cụ thể tại Phụ lục, thời hạn hoàn thành theo Phụ lục",
    DescriptionVi = "Nhiệm vụ Phụ lục chưa hoàn thành, đã quá hạn.",
    DefaultPolicyVi = "Thời hạn theo Phụ lục; \"Hằng năm\": 14/12 (giả định); \"Thường xuyên\": không bao giờ quá hạn.",
    DefaultPolicyEn = "Timing per the appendix; \"Hằng năm\": 14/12 (assumed); \"Thường xuyên\": never overdue.",
    MessageVi = "Nhiệm vụ {task} do {body} chủ trì chưa hoàn thành, quá hạn {judgedDue}{assumed}.",
    MessageEn = "Task {task} led by {body} is open past its deadline {judgedDue}{assumed}.")]
internal sealed class TaskOverdueRule : Rule
{
    public override void Define()
    {
        TaskCase t = default!;

        When()
            .Match(() => t, x => x.CompletedOn == null, x => x.JudgedDueOn != null, x => x.AsOf > x.JudgedDueOn);

        Then()
            .Yield(_ => FindingFact.For<TaskOverdueRule>(t));
    }
}
