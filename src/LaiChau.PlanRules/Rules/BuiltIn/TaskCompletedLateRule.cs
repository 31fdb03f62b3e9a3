using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name(FindingCodes.TaskCompletedLate), Tag("task")]
[Description("An appendix task was completed after its deadline.")]
[PlanRule(FindingSeverity.Warning, "II.2", "Kế hoạch II.2: các nhiệm vụ cụ thể tại Phụ lục, thời hạn hoàn thành theo Phụ lục",
    DescriptionVi = "Nhiệm vụ Phụ lục hoàn thành sau hạn.",
    DefaultPolicyVi = "Gia hạn có được tính đúng hạn: chính sách ExtensionCountsAsOnTime, mặc định có (U).",
    DefaultPolicyEn = "Whether an extension counts as on time: policy ExtensionCountsAsOnTime, default yes (U).",
    MessageVi = "Nhiệm vụ {task} do {body} chủ trì hoàn thành ngày {completed}, quá hạn {judgedDue}{assumed}.",
    MessageEn = "Task {task} led by {body} was completed on {completed}, after its deadline {judgedDue}{assumed}.")]
internal sealed class TaskCompletedLateRule : Rule
{
    public override void Define()
    {
        TaskCase t = default!;

        When()
            .Match(() => t, x => x.CompletedOn != null, x => x.JudgedDueOn != null, x => x.CompletedOn > x.JudgedDueOn);

        Then()
            .Yield(_ => FindingFact.For<TaskCompletedLateRule>(t));
    }
}
