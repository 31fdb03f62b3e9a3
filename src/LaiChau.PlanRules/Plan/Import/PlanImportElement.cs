namespace LaiChau.PlanRules.Plan.Import;

/// <summary>
/// One element of an imported obligation template (who, what, route, frequency, deadline), whether the text states it
/// or the importer inferred it, and the sentence it came from.
/// </summary>
/// <param name="TemplateId">The template's id.</param>
/// <param name="Element">One of <c>who</c>, <c>what</c>, <c>route</c>, <c>frequency</c>, <c>deadline</c>.</param>
/// <param name="Value">What was read: ids, a kind, a frequency, a deadline text, or <c>none</c>.</param>
/// <param name="IsStated">True when the words are in the text; false when inferred (a default of the vocabulary, or reasoning).</param>
/// <param name="Source">The sentence it came from, verbatim, or the reasoning when inferred.</param>
/// <param name="LineNumber">The line of that sentence, from 1.</param>
public sealed record PlanImportElement(string TemplateId, string Element, string Value, bool IsStated, string Source, int LineNumber);
