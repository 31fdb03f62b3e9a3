using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>The four-way status of one appendix task instance.</summary>
public sealed class TaskStatusEntry
{
    internal TaskStatusEntry(string taskObligationId, string taskId, string bodyId, int period, TaskComplianceStatus status, DateOnly? dueOn, DateOnly? completedOn)
    {
        TaskObligationId = taskObligationId;
        TaskId = taskId;
        BodyId = bodyId;
        Period = period;
        Status = status;
        DueOn = dueOn;
        CompletedOn = completedOn;
    }

    /// <summary>The task obligation id.</summary>
    public string TaskObligationId { get; }

    /// <summary>The appendix task id.</summary>
    public string TaskId { get; }

    /// <summary>The lead body.</summary>
    public string BodyId { get; }

    /// <summary>The period it is counted in.</summary>
    public int Period { get; }

    /// <summary>Its status.</summary>
    public TaskComplianceStatus Status { get; }

    /// <summary>The due date in force, if any.</summary>
    public DateOnly? DueOn { get; }

    /// <summary>When it was completed, if it was.</summary>
    public DateOnly? CompletedOn { get; }
}
