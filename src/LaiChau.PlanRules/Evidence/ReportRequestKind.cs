namespace LaiChau.PlanRules.Evidence;

/// <summary>What a <see cref="ReportRequest"/> does.</summary>
public enum ReportRequestKind
{
    /// <summary>Sets the deadline of a period's annual report (overrides the deadline policy for that period).</summary>
    PeriodDeadline,

    /// <summary>Asks for an ad hoc (đột xuất) report: a new obligation for the addressed bodies.</summary>
    AdHoc,
}
