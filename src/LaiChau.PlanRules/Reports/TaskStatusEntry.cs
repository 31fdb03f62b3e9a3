using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>The four-way status of one appendix task instance.</summary>
/// <param name="TaskObligationId">The task obligation id.</param>
/// <param name="TaskId">The appendix task id.</param>
/// <param name="BodyId">The lead body.</param>
/// <param name="Period">The period it is counted in.</param>
/// <param name="Status">Its status.</param>
/// <param name="DueOn">The due date in force, if any.</param>
/// <param name="CompletedOn">When it was completed, if it was.</param>
public sealed record TaskStatusEntry(string TaskObligationId, string TaskId, string BodyId, int Period, TaskComplianceStatus Status, DateOnly? DueOn, DateOnly? CompletedOn);
