namespace LaiChau.PlanRules.Office.Internal;

/// <summary>Citations of documents in the usual Vietnamese form ("Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Chính phủ").</summary>
internal static class Citation
{
    public static string Cite(PlanDocumentReference d) =>
        SafeText.Clean($"{d.KindName} số {d.Number}" + (d.Date is { } date ? " ngày " + ShortDate(date) : string.Empty) + $" của {d.IssuerName}");

    /// <summary>"09/7/2024": a leading zero for days below 10 and months 1-2 only (Decree 30/2020).</summary>
    public static string ShortDate(DateOnly d) => LaiChau.PlanRules.Documents.VietnameseDateFormat.Citation(d);
}
