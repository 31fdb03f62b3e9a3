using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name("TASK_STATUS_OPEN_WITHIN_DEADLINE"), Description("Open, the due date judged not passed or none (chưa hoàn thành trong hạn)."), Tag("task-status")]
internal sealed class TaskOpenWithinDeadlineStatusRule : Rule
{
    public override void Define()
    {
        TaskCase t = default!;

        When()
            .Match(() => t, x => x.CompletedOn == null, x => x.JudgedDueOn == null || x.AsOf <= x.JudgedDueOn);

        Then()
            .Yield(_ => new TaskStatusFact(t, TaskComplianceStatus.OpenWithinDeadline));
    }
}
