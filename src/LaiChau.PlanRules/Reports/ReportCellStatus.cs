namespace LaiChau.PlanRules.Reports;

/// <summary>The state of one body's report for one period, as the body × period matrix shows it.</summary>
public enum ReportCellStatus
{
    /// <summary>Received on time by the expected route (or received, with no deadline to miss).</summary>
    OnTime,

    /// <summary>Received after the deadline.</summary>
    Late,

    /// <summary>Not received, the deadline passed.</summary>
    Missing,

    /// <summary>Received on time but by the wrong route.</summary>
    WrongRoute,

    /// <summary>Not received, the deadline not yet passed.</summary>
    NotDue,

    /// <summary>Not received and no deadline known: pending, never a violation.</summary>
    Pending,
}
