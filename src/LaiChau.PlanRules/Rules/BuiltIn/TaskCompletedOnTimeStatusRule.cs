using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules.BuiltIn;

[Name("TASK_STATUS_COMPLETED_ON_TIME"), Description("Completed on or before the due date judged (đã hoàn thành đúng hạn)."), Tag("task-status")]
internal sealed class TaskCompletedOnTimeStatusRule : Rule
{
    public override void Define()
    {
        TaskCase t = default!;

        When()
            .Match(() => t, x => x.CompletedOn != null, x => x.JudgedDueOn == null || x.CompletedOn <= x.JudgedDueOn);

        Then()
            .Yield(_ => new TaskStatusFact(t, TaskComplianceStatus.CompletedOnTime));
    }
}
