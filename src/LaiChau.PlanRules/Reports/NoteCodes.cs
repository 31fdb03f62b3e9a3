namespace LaiChau.PlanRules.Reports;

/// <summary>The codes of <see cref="ComplianceNote"/>s.</summary>
public static class NoteCodes
{
    /// <summary>Evidence dated after the as-of date was left out of this evaluation.</summary>
    public const string EvidenceAfterAsOf = "EVIDENCE_AFTER_AS_OF";

    /// <summary>The evidence does not say enough to judge a report's route.</summary>
    public const string RouteUnknown = "ROUTE_UNKNOWN";

    /// <summary>Evidence for which the plan sets no obligation (other than reports, which get REPORT_UNEXPECTED).</summary>
    public const string EvidenceWithoutObligation = "EVIDENCE_WITHOUT_OBLIGATION";

    /// <summary>Evidence for a period outside the periods covered (first to last year) was left out.</summary>
    public const string EvidenceOutsidePeriods = "EVIDENCE_OUTSIDE_PERIODS";

    /// <summary>The plan's appendix of specific tasks is not published: no task is judged.</summary>
    public const string AppendixNotPublished = "APPENDIX_NOT_PUBLISHED";

    /// <summary>The data is illustrative.</summary>
    public const string IllustrativeData = "ILLUSTRATIVE_DATA";

    /// <summary>An obligation stays on a body dissolved with no successor.</summary>
    public const string DissolvedWithoutSuccessor = "DISSOLVED_WITHOUT_SUCCESSOR";
}
