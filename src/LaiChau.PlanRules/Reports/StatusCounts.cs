namespace LaiChau.PlanRules.Reports;

/// <summary>Counts of report states, findings and task statuses for a body, a period or overall.</summary>
public sealed class StatusCounts
{
    /// <summary>Report obligations counted.</summary>
    public int Reports { get; internal init; }

    /// <summary>Reports on time.</summary>
    public int OnTime { get; internal init; }

    /// <summary>Reports late.</summary>
    public int Late { get; internal init; }

    /// <summary>Reports missing.</summary>
    public int Missing { get; internal init; }

    /// <summary>Reports by the wrong route.</summary>
    public int WrongRoute { get; internal init; }

    /// <summary>Reports not yet due.</summary>
    public int NotDue { get; internal init; }

    /// <summary>Reports pending (no deadline).</summary>
    public int Pending { get; internal init; }

    /// <summary>Violations.</summary>
    public int Violations { get; internal init; }

    /// <summary>Warnings.</summary>
    public int Warnings { get; internal init; }

    /// <summary>Information findings.</summary>
    public int Infos { get; internal init; }

    /// <summary>Tasks completed on time (đã hoàn thành đúng hạn).</summary>
    public int TasksCompletedOnTime { get; internal init; }

    /// <summary>Tasks completed late (đã hoàn thành quá hạn).</summary>
    public int TasksCompletedLate { get; internal init; }

    /// <summary>Tasks open within the deadline (chưa hoàn thành trong hạn).</summary>
    public int TasksOpenWithinDeadline { get; internal init; }

    /// <summary>Tasks open and overdue (chưa hoàn thành quá hạn).</summary>
    public int TasksOpenOverdue { get; internal init; }

    /// <summary>Tasks whose deadline has passed or which are completed (the base of the overdue share).</summary>
    public int TasksDue => TasksCompletedOnTime + TasksCompletedLate + TasksOpenOverdue;

    /// <summary>The share of due tasks that were or are overdue, 0 to 1 (0 when none is due).</summary>
    public double OverdueShare => TasksDue == 0 ? 0 : (double)(TasksCompletedLate + TasksOpenOverdue) / TasksDue;
}
