namespace LaiChau.PlanRules.Office;

/// <summary>Options of the draft urging letter (<see cref="UrgingLetter"/>).</summary>
public sealed class UrgingLetterOptions : OfficeDocumentOptions
{
    /// <summary>Also urge the bodies whose report is not yet received and is due soon (a <c>REPORT_DUE_SOON</c> finding); default false: only missing reports.</summary>
    public bool IncludeDueSoon { get; set; }

    /// <summary>Above this many addressees "Kính gửi" names their groups and the names go to an attached list; default 8.</summary>
    public int MaxNamedAddressees { get; set; } = 8;
}
