using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>An appendix task is open after its deadline.</summary>
[Name("TASK_OVERDUE"), Description("An appendix task is open after its deadline."), Tag("task")]
[PlanRule(FindingCodes.TaskOverdue, FindingSeverity.Violation, "II.2", "Kế hoạch II.2: các nhiệm vụ cụ thể tại Phụ lục, thời hạn hoàn thành theo Phụ lục")]
internal sealed class TaskOverdueRule : Rule
{
    public override void Define()
    {
        TaskCase t = default!;

        When()
            .Match(() => t, x => x.CompletedOn == null, x => x.JudgedDueOn != null, x => x.AsOf > x.JudgedDueOn);

        Then()
            .Yield(_ => RuleFindings.ForTask<TaskOverdueRule>(t));
    }
}
