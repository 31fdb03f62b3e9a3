namespace LaiChau.PlanRules.Reports;

/// <summary>Counts of report states, findings and task statuses for a body, a period or overall.</summary>
public sealed record StatusCounts
{
    /// <summary>Report obligations counted.</summary>
    public int Reports { get; init; }

    /// <summary>Reports on time.</summary>
    public int OnTime { get; init; }

    /// <summary>Reports late.</summary>
    public int Late { get; init; }

    /// <summary>Reports missing.</summary>
    public int Missing { get; init; }

    /// <summary>Reports by the wrong route.</summary>
    public int WrongRoute { get; init; }

    /// <summary>Reports not yet due.</summary>
    public int NotDue { get; init; }

    /// <summary>Reports pending (no deadline).</summary>
    public int Pending { get; init; }

    /// <summary>Violations.</summary>
    public int Violations { get; init; }

    /// <summary>Warnings.</summary>
    public int Warnings { get; init; }

    /// <summary>Information findings.</summary>
    public int Infos { get; init; }

    /// <summary>Tasks completed on time (đã hoàn thành đúng hạn).</summary>
    public int TasksCompletedOnTime { get; init; }

    /// <summary>Tasks completed late (đã hoàn thành quá hạn).</summary>
    public int TasksCompletedLate { get; init; }

    /// <summary>Tasks open within the deadline (chưa hoàn thành trong hạn).</summary>
    public int TasksOpenWithinDeadline { get; init; }

    /// <summary>Tasks open and overdue (chưa hoàn thành quá hạn).</summary>
    public int TasksOpenOverdue { get; init; }

    /// <summary>Tasks whose deadline has passed or which are completed (the base of the overdue share).</summary>
    public int TasksDue => TasksCompletedOnTime + TasksCompletedLate + TasksOpenOverdue;

    /// <summary>The share of due tasks that were or are overdue, 0 to 1 (0 when none is due).</summary>
    public double OverdueShare => TasksDue == 0 ? 0 : (double)(TasksCompletedLate + TasksOpenOverdue) / TasksDue;
}
