namespace LaiChau.PlanRules.Plan.Import;

/// <summary>
/// What <see cref="PlanImporter"/> read: the draft plan file, the plan it loads as, where every line went, what to review,
/// how each template element was found, and a draft catalog of the bodies the text names.
/// </summary>
public sealed class PlanImportResult
{
    internal PlanImportResult(
        string planJson, PlanDocument? plan, LocalizedText? planLoadError, string catalogDraftJson, IReadOnlyList<PlanImportLine> lines,
        IReadOnlyList<PlanImportReviewItem> review, IReadOnlyList<PlanImportElement> elements)
    {
        PlanJson = planJson;
        Plan = plan;
        LocalizedPlanLoadError = planLoadError;
        CatalogDraftJson = catalogDraftJson;
        Lines = lines;
        Review = review;
        Elements = elements;
    }

    /// <summary>The draft plan file (docs/plan-file.md), UTF-8 JSON text with line feeds.</summary>
    public string PlanJson { get; }

    /// <summary>The draft loaded with <see cref="PlanDocument.Load"/>; null when it does not load yet (see <see cref="PlanLoadError"/>).</summary>
    public PlanDocument? Plan { get; }

    /// <summary>
    /// Why the draft does not load as a plan (for example, the text names no appendix), in Vietnamese, or null when it
    /// loads; <see cref="LocalizedPlanLoadError"/> has it in English too.
    /// </summary>
    public string? PlanLoadError => LocalizedPlanLoadError?.Vi;

    /// <summary>Why the draft does not load as a plan, in Vietnamese and English (the <see cref="PlanRulesInputException.LocalizedReason"/>), or null when it loads.</summary>
    public LocalizedText? LocalizedPlanLoadError { get; }

    /// <summary>A draft catalog file (docs/catalog-file.md) of the bodies and groups the text names, to complete and load with <c>--catalog</c>.</summary>
    public string CatalogDraftJson { get; }

    /// <summary>Every non-blank line of the text, in order, with where it went.</summary>
    public IReadOnlyList<PlanImportLine> Lines { get; }

    /// <summary>The lines and phrases a person should review, in line order.</summary>
    public IReadOnlyList<PlanImportReviewItem> Review { get; }

    /// <summary>The elements of every obligation template, stated or inferred, with their source sentences.</summary>
    public IReadOnlyList<PlanImportElement> Elements { get; }
}
