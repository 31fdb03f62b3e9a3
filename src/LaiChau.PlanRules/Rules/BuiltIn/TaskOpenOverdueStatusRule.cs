using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name("TASK_STATUS_OPEN_OVERDUE"), Description("Open after the due date judged (chưa hoàn thành quá hạn)."), Tag("task-status")]
internal sealed class TaskOpenOverdueStatusRule : Rule
{
    public override void Define()
    {
        TaskCase t = default!;

        When()
            .Match(() => t, x => x.CompletedOn == null, x => x.JudgedDueOn != null, x => x.AsOf > x.JudgedDueOn);

        Then()
            .Yield(_ => new TaskStatusFact(t, TaskComplianceStatus.OpenOverdue));
    }
}
