using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name("TASK_STATUS_COMPLETED_LATE"), Description("Completed after the due date judged (đã hoàn thành quá hạn)."), Tag("task-status")]
internal sealed class TaskCompletedLateStatusRule : Rule
{
    public override void Define()
    {
        TaskCase t = default!;

        When()
            .Match(() => t, x => x.CompletedOn != null, x => x.JudgedDueOn != null, x => x.CompletedOn > x.JudgedDueOn);

        Then()
            .Yield(_ => new TaskStatusFact(t, TaskComplianceStatus.CompletedLate));
    }
}
