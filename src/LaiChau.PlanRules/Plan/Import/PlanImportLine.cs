namespace LaiChau.PlanRules.Plan.Import;

/// <summary>Where one non-blank line of the imported text went.</summary>
public sealed class PlanImportLine
{
    internal PlanImportLine(int lineNumber, string text, string target)
    {
        LineNumber = lineNumber;
        Text = text;
        Target = target;
    }

    /// <summary>The line's number in the text, from 1 (for a .docx, in the text extracted from it).</summary>
    public int LineNumber { get; }

    /// <summary>The line as read (NFC, emphasis markers removed).</summary>
    public string Text { get; }

    /// <summary>
    /// Where it went: a clause path (<c>III.1</c>), a field of the plan file (<c>title</c>, <c>number</c>, <c>signer</c>), an
    /// appendix task (<c>appendix.tasks[2]</c>), known boilerplate (<c>motto</c>), or <c>review</c> when it is in
    /// <see cref="PlanImportResult.Review"/>.
    /// </summary>
    public string Target { get; }
}
