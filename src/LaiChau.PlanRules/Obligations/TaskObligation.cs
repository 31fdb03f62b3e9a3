using System.Globalization;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Obligations;

/// <summary>
/// An appendix task (II.2) owed by one lead body, for one period when the task recurs ("Hằng năm",
/// "Thường xuyên"). A one-off task is counted in the period whose window contains its due date.
/// </summary>
public sealed class TaskObligation
{
    internal TaskObligation(AppendixTask task, string bodyId, int? period, int countedInPeriod, Deadline? deadline)
    {
        Task = task;
        BodyId = bodyId;
        Period = period;
        CountedInPeriod = countedInPeriod;
        Deadline = deadline;
        Id = Period is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"task:{Task.Id}:{BodyId}:{p}")
            : $"task:{Task.Id}:{BodyId}";
    }

    /// <summary>The stable id: <c>task:{task}:{body}</c> or <c>task:{task}:{body}:{period}</c>.</summary>
    /// <remarks>Computed once (it is the fact's NRules identity).</remarks>
    public string Id { get; }

    /// <summary>The appendix task.</summary>
    public AppendixTask Task { get; }

    /// <summary>The lead body.</summary>
    public string BodyId { get; }

    /// <summary>The period of a recurring task's instance; null for one-off tasks.</summary>
    public int? Period { get; }

    /// <summary>The period the task is counted in for the four-way statuses.</summary>
    public int CountedInPeriod { get; }

    /// <summary>The original deadline from the task's timing; null for "Thường xuyên" (never overdue).</summary>
    public Deadline? Deadline { get; }

    /// <summary>The clause path of the task (<c>II.2.PL.{id}</c>).</summary>
    public string ClausePath => Task.ClausePath;

    /// <inheritdoc />
    public override string ToString() => Id;
}
