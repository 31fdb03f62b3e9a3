using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>An appendix task was completed after its deadline.</summary>
[Name("TASK_COMPLETED_LATE"), Description("An appendix task was completed after its deadline."), Tag("task")]
[PlanRule(FindingCodes.TaskCompletedLate, FindingSeverity.Warning, "II.2", "Kế hoạch II.2: các nhiệm vụ cụ thể tại Phụ lục, thời hạn hoàn thành theo Phụ lục")]
internal sealed class TaskCompletedLateRule : Rule
{
    public override void Define()
    {
        TaskCase t = default!;

        When()
            .Match(() => t, x => x.CompletedOn != null, x => x.JudgedDueOn != null, x => x.CompletedOn > x.JudgedDueOn);

        Then()
            .Yield(_ => RuleFindings.ForTask<TaskCompletedLateRule>(t));
    }
}
