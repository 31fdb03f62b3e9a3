namespace LaiChau.PlanRules.Plan.Import;

/// <summary>Something a person should look at after an import: a line not understood, a name that matches no body or group, a duty without a date.</summary>
/// <param name="LineNumber">The line it comes from, from 1; 0 when it concerns the whole text.</param>
/// <param name="Text">The line or the phrase.</param>
/// <param name="Reason">Why it is listed and what to do, in English.</param>
public sealed record PlanImportReviewItem(int LineNumber, string Text, string Reason);
