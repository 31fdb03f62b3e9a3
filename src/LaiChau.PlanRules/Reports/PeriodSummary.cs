namespace LaiChau.PlanRules.Reports;

/// <summary>The counts for one period.</summary>
/// <param name="Period">The period.</param>
/// <param name="WindowStart">The first day of its data window.</param>
/// <param name="CutOff">Its cut-off.</param>
/// <param name="Counts">The counts.</param>
public sealed record PeriodSummary(int Period, DateOnly WindowStart, DateOnly CutOff, StatusCounts Counts);
