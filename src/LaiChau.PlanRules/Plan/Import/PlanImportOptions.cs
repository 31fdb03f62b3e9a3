using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>Options of <see cref="PlanImporter"/> (docs/plan-import.md).</summary>
public sealed class PlanImportOptions
{
    /// <summary>
    /// The catalog whose names and aliases map the bodies the text names to ids (the province's own catalog when there is
    /// one); <see cref="BodyCatalog.LaiChau"/> when null. Group phrases come from the vocabulary, whatever the catalog.
    /// </summary>
    public BodyCatalog? Catalog { get; set; }

    /// <summary>
    /// Vocabulary files (the shape of the embedded <c>Data/plan-import-vocabulary.json</c>) whose group phrases, body phrases,
    /// duty verbs, frequency, deadline and route phrases are added to the embedded ones, in front of them.
    /// </summary>
    public List<string> VocabularyFiles { get; } = [];

    /// <summary>The plan id to write; when null it is made from the place, kind, first document number of the title and year (<c>lai-chau-kh-107-nq-cp-2024</c>).</summary>
    public string? PlanId { get; set; }

    /// <summary>
    /// When true, a duty whose text states no date gets the name of the host's deadline policy for its kind
    /// (<c>annual-report</c>, <c>implementation-plan</c>, <c>synthesis</c>, <c>review</c>), marked inferred, so that it is
    /// checked against an assumed deadline ("hạn giả định"). False by default: a duty without a stated date is recorded only.
    /// </summary>
    public bool UseDeadlinePolicies { get; set; }

    /// <summary>The size limit of the text and of the vocabulary files; <see cref="JsonInputLimits.Default"/> when null.</summary>
    public JsonInputLimits? Limits { get; set; }
}
