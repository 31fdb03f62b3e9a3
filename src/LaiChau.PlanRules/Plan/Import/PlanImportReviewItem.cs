namespace LaiChau.PlanRules.Plan.Import;

/// <summary>Something a person should look at after an import: a line not understood, a name that matches no body or group, a duty without a date.</summary>
public sealed class PlanImportReviewItem
{
    internal PlanImportReviewItem(int lineNumber, string text, LocalizedText reason)
    {
        LineNumber = lineNumber;
        Text = text;
        Reason = reason;
    }

    /// <summary>The line it comes from, from 1; 0 when it concerns the whole text.</summary>
    public int LineNumber { get; }

    /// <summary>The line or the phrase.</summary>
    public string Text { get; }

    /// <summary>Why it is listed and what to do, in Vietnamese (<c>Reason.Vi</c>, the default) and English (<c>Reason.En</c>).</summary>
    public LocalizedText Reason { get; }
}
