namespace LaiChau.PlanRules.Reports;

/// <summary>One cell of the body × period matrix: the state of one report obligation.</summary>
/// <param name="ObligationId">The obligation id.</param>
/// <param name="BodyId">The obligated body.</param>
/// <param name="Period">The period.</param>
/// <param name="Status">The state.</param>
/// <param name="DueOn">The due date, if any.</param>
/// <param name="DueConfidence">How sure the due date is, if any.</param>
/// <param name="ReceivedOn">The Vietnam date the first report was received, if any.</param>
/// <param name="EvidenceId">The first report's evidence id, if any.</param>
/// <param name="ResponsibleBodyId">Who is responsible now, when not the obligated body.</param>
public sealed record ReportStatus(
    string ObligationId,
    string BodyId,
    int Period,
    ReportCellStatus Status,
    DateOnly? DueOn,
    Confidence? DueConfidence,
    DateOnly? ReceivedOn,
    string? EvidenceId,
    string? ResponsibleBodyId);
