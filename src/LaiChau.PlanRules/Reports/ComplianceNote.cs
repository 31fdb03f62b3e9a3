namespace LaiChau.PlanRules.Reports;

/// <summary>
/// Something the evaluation wants a reader to know that is not a finding: evidence left out because it is
/// dated after the as-of date, a route the evidence does not say enough about, an unpublished appendix.
/// </summary>
public sealed class ComplianceNote
{
    internal ComplianceNote(string code, LocalizedText message, string? evidenceId = null)
    {
        Code = code;
        Message = message;
        EvidenceId = evidenceId;
    }

    /// <summary>A stable code, for example <c>EVIDENCE_AFTER_AS_OF</c>.</summary>
    public string Code { get; }

    /// <summary>The message in Vietnamese and English.</summary>
    public LocalizedText Message { get; }

    /// <summary>The evidence it is about, if any.</summary>
    public string? EvidenceId { get; }
}
