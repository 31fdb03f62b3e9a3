namespace LaiChau.PlanRules.Deadlines;

/// <summary>Where a due date comes from.</summary>
public enum DeadlineSource
{
    /// <summary>A configured deadline policy (see <see cref="CompliancePolicy.Deadlines"/>).</summary>
    Policy,

    /// <summary>A deadline the plan itself states ("trước ngày 15/12 hằng năm").</summary>
    Plan,

    /// <summary>A request (công văn) that set this period's date or asked for an ad hoc report.</summary>
    Request,

    /// <summary>A configured review milestone.</summary>
    Milestone,

    /// <summary>An appendix task's timing as written.</summary>
    Appendix,
}
