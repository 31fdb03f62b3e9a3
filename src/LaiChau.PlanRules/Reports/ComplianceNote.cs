namespace LaiChau.PlanRules.Reports;

/// <summary>
/// Something the evaluation wants a reader to know that is not a finding: evidence left out because it is
/// dated after the as-of date, a route the evidence does not say enough about, an unpublished appendix.
/// </summary>
/// <param name="Code">A stable code, for example <c>EVIDENCE_AFTER_AS_OF</c>.</param>
/// <param name="Message">The message in Vietnamese and English.</param>
/// <param name="EvidenceId">The evidence it is about, if any.</param>
public sealed record ComplianceNote(string Code, LocalizedText Message, string? EvidenceId = null);
