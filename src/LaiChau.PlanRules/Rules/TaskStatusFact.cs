using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>The status a task rule concludes for a task case (a linked fact).</summary>
public sealed class TaskStatusFact : IIdentityProvider
{
    /// <summary>Creates the fact.</summary>
    /// <param name="case">The task case.</param>
    /// <param name="status">Its status.</param>
    internal TaskStatusFact(TaskCase @case, TaskComplianceStatus status)
    {
        ArgumentNullException.ThrowIfNull(@case);
        Case = @case;
        Status = status;
    }

    /// <summary>The task case.</summary>
    public TaskCase Case { get; }

    /// <summary>Its status.</summary>
    public TaskComplianceStatus Status { get; }

    object IIdentityProvider.GetIdentity() => Case.Task.Id;
}
