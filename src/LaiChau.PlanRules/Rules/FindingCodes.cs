namespace LaiChau.PlanRules.Rules;

/// <summary>The stable codes of the built-in rules (docs/rules.md).</summary>
public static class FindingCodes
{
    /// <summary>A report not received, its deadline passed (violation).</summary>
    public const string ReportMissing = "REPORT_MISSING";

    /// <summary>A report received after its deadline (violation).</summary>
    public const string ReportLate = "REPORT_LATE";

    /// <summary>A report not received, its deadline within the reminder window (info).</summary>
    public const string ReportDueSoon = "REPORT_DUE_SOON";

    /// <summary>A report received by the wrong route (warning).</summary>
    public const string ReportWrongChannel = "REPORT_WRONG_CHANNEL";

    /// <summary>A report with no result for a task the body leads (warning).</summary>
    public const string ReportIncomplete = "REPORT_INCOMPLETE";

    /// <summary>A report from a body with no obligation for that period (warning).</summary>
    public const string ReportUnexpected = "REPORT_UNEXPECTED";

    /// <summary>A second report for the same body and period that does not say it replaces the first (info).</summary>
    public const string ReportDuplicate = "REPORT_DUPLICATE";

    /// <summary>No implementation plan, its configured deadline passed (violation).</summary>
    public const string ImplementationPlanMissing = "IMPLEMENTATION_PLAN_MISSING";

    /// <summary>An implementation plan issued after its configured deadline (warning).</summary>
    public const string ImplementationPlanLate = "IMPLEMENTATION_PLAN_LATE";

    /// <summary>An appendix task open after its deadline (violation).</summary>
    public const string TaskOverdue = "TASK_OVERDUE";

    /// <summary>An appendix task completed after its deadline (warning).</summary>
    public const string TaskCompletedLate = "TASK_COMPLETED_LATE";

    /// <summary>No synthesis by Sở Nội vụ, its configured deadline passed (violation).</summary>
    public const string SynthesisMissing = "SYNTHESIS_MISSING";

    /// <summary>A synthesis submitted after its configured deadline (warning).</summary>
    public const string SynthesisLate = "SYNTHESIS_LATE";

    /// <summary>A configured review milestone passed with no review recorded (violation).</summary>
    public const string ReviewMissing = "REVIEW_MISSING";
}
