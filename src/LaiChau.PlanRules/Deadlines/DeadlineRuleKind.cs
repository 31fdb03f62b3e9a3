namespace LaiChau.PlanRules.Deadlines;

/// <summary>How a <see cref="DeadlineRule"/> fixes a due date.</summary>
public enum DeadlineRuleKind
{
    /// <summary>No deadline: the obligation is pending, never a violation (the library invents no deadline).</summary>
    None,

    /// <summary>The Nth working day strictly after the anchor (the period cut-off for annual obligations, the plan's signing date for one-off ones); Civil Code Art. 147.</summary>
    WorkingDaysAfter,

    /// <summary>A day of the period's year (<see cref="DeadlineRule.Month"/>/<see cref="DeadlineRule.Day"/>), for annual obligations.</summary>
    DayOfYear,

    /// <summary>One fixed date (<see cref="DeadlineRule.Date"/>), for one-off obligations.</summary>
    FixedDate,
}
