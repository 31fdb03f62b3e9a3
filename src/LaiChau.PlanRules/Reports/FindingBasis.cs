using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// What an explanation of one finding rests on: the deadline of its obligation or task, the period the
/// deadline belongs to, and the submissions judged for it in order of receipt.
/// </summary>
internal sealed record FindingBasis(Deadline? Deadline, int? Period, IReadOnlyList<Submission> Submissions, Plan.SubPeriod? Part = null)
{
    public static FindingBasis None { get; } = new(null, null, []);
}
