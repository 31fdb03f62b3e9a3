using LaiChau.PlanRules.Obligations;
using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>
/// The fact the task rules judge: one appendix task instance for one lead body, its recorded progress
/// and extensions, and the as-of date. Identity is the task obligation object (one per task instance id for the model's
/// lifetime).
/// </summary>
public sealed class TaskCase : IIdentityProvider
{
    internal TaskCase(TaskObligation task, DateOnly asOf, DateOnly? completedOn, DateOnly? extendedDueOn, bool extensionCountsAsOnTime, IReadOnlyList<string> evidenceIds)
    {
        Task = task;
        AsOf = asOf;
        CompletedOn = completedOn;
        ExtendedDueOn = extendedDueOn;
        ExtensionCountsAsOnTime = extensionCountsAsOnTime;
        EvidenceIds = evidenceIds;
    }

    /// <summary>The task obligation.</summary>
    public TaskObligation Task { get; }

    /// <summary>The as-of date (see <see cref="ObligationCase.AsOf"/> for how a monitor refreshes it).</summary>
    public DateOnly AsOf { get; }

    /// <summary>The completion date, when completed on or before the as-of date.</summary>
    public DateOnly? CompletedOn { get; }

    /// <summary>The latest extended due date, if an extension was granted.</summary>
    public DateOnly? ExtendedDueOn { get; }

    /// <summary>The policy: whether completing within an extension counts as on time.</summary>
    public bool ExtensionCountsAsOnTime { get; }

    /// <summary>The progress evidence ids.</summary>
    public IReadOnlyList<string> EvidenceIds { get; }

    /// <summary>The due date in force: the extension's when one was granted, else the original; null for continuous tasks.</summary>
    public DateOnly? EffectiveDueOn => Task.Deadline is null ? null : ExtendedDueOn is { } e && e > Task.Deadline.DueOn ? e : Task.Deadline.DueOn;

    /// <summary>The due date completion is judged against: the effective one when extensions count as on time, else the original.</summary>
    public DateOnly? JudgedDueOn => ExtensionCountsAsOnTime ? EffectiveDueOn : Task.Deadline?.DueOn;

    object IIdentityProvider.GetIdentity() => Task;

    /// <inheritdoc />
    public override string ToString() => Task.Id;
}
