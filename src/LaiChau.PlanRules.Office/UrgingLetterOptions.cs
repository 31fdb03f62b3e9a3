using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Office;

/// <summary>Options of the draft urging letter (<see cref="UrgingLetter"/>).</summary>
public sealed class UrgingLetterOptions : OfficeDocumentOptions
{
    /// <summary>Also urge the bodies whose report is not yet received and is due soon (a <c>REPORT_DUE_SOON</c> finding); default false: only missing reports.</summary>
    public bool IncludeDueSoon { get; set; }

    /// <summary>
    /// The half or quarter whose report to urge (<see cref="SubPeriod.Half"/>, <see cref="SubPeriod.Quarter"/>), for a plan
    /// whose report is half-yearly or quarterly; null (the default) for the year's report.
    /// </summary>
    public SubPeriod? Part { get; set; }

    /// <summary>Above this many addressees "Kính gửi" names their groups and the names go to an attached list; default 8.</summary>
    public int MaxNamedAddressees { get; set; } = 8;
}
