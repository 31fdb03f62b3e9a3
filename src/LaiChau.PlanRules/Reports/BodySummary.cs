namespace LaiChau.PlanRules.Reports;

/// <summary>The counts for one body.</summary>
/// <param name="BodyId">The body.</param>
/// <param name="Name">Its current name (or its last name, if dissolved).</param>
/// <param name="Counts">The counts.</param>
/// <param name="Studies">Study sessions recorded.</param>
/// <param name="Inspections">Inspections recorded.</param>
public sealed record BodySummary(string BodyId, string Name, StatusCounts Counts, int Studies, int Inspections);
