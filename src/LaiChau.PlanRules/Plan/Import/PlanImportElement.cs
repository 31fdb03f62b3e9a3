namespace LaiChau.PlanRules.Plan.Import;

/// <summary>
/// One element of an imported obligation template (who, what, route, frequency, deadline), whether the text states it
/// or the importer inferred it, and the sentence it came from.
/// </summary>
public sealed class PlanImportElement
{
    internal PlanImportElement(string templateId, string element, string value, bool isStated, string source, int lineNumber)
    {
        TemplateId = templateId;
        Element = element;
        Value = value;
        IsStated = isStated;
        Source = source;
        LineNumber = lineNumber;
    }

    /// <summary>The template's id.</summary>
    public string TemplateId { get; }

    /// <summary>One of <c>who</c>, <c>what</c>, <c>route</c>, <c>frequency</c>, <c>deadline</c>.</summary>
    public string Element { get; }

    /// <summary>What was read: ids, a kind, a frequency, a deadline text, or <c>none</c>.</summary>
    public string Value { get; }

    /// <summary>True when the words are in the text; false when inferred (a default of the vocabulary, or reasoning).</summary>
    public bool IsStated { get; }

    /// <summary>The sentence it came from, verbatim, or the reasoning when inferred.</summary>
    public string Source { get; }

    /// <summary>The line of that sentence, from 1.</summary>
    public int LineNumber { get; }
}
