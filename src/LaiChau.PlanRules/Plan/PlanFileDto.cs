using LaiChau.PlanRules.Json;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Plan;

// The JSON shape of a plan file and of an appendix file (docs/plan-file.md). Read only through StrictJson; the
// reader (PlanFileReader) validates and maps them to the public immutable types, and PlanFileWriter maps back.
// Property order is the order written by PlanDocument.Save.

/// <summary>A plan file.</summary>
internal sealed class PlanFileDto : JsonLocated
{
    public int? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? IssuerBodyId { get; set; }

    public string? IssuerName { get; set; }

    public string? KindCode { get; set; }

    public string? KindName { get; set; }

    public string? Title { get; set; }

    public string? Number { get; set; }

    public DateOnly? SignedOn { get; set; }

    public int? DraftYear { get; set; }

    public string? Place { get; set; }

    public string? Authority { get; set; }

    public string? Position { get; set; }

    public string? Signer { get; set; }

    public LocalizedTextDto? Note { get; set; }

    public List<DocumentReferenceDto?>? LegalBases { get; set; }

    public List<ReferencedDocumentDto?>? ReferencedDocuments { get; set; }

    public List<ClauseDto?>? Clauses { get; set; }

    public List<RecipientDto?>? Recipients { get; set; }

    public ArchiveDto? Archive { get; set; }

    public List<ObligationTemplateDto?>? ObligationTemplates { get; set; }

    public AppendixDto? Appendix { get; set; }
}

/// <summary>A text in Vietnamese and English.</summary>
internal sealed class LocalizedTextDto : JsonLocated
{
    public string? Vi { get; set; }

    public string? En { get; set; }
}

/// <summary>A legal basis.</summary>
internal class DocumentReferenceDto : JsonLocated
{
    public string? Number { get; set; }

    public string? KindName { get; set; }

    public string? IssuerName { get; set; }

    public DateOnly? Date { get; set; }

    public string? ShortName { get; set; }

    public string? IssuerBodyId { get; set; }
}

/// <summary>A document named in clauses, with their paths.</summary>
internal sealed class ReferencedDocumentDto : DocumentReferenceDto
{
    [JsonProperty(Order = 1)] // after the inherited fields when written
    public List<string?>? ClausePaths { get; set; }
}

/// <summary>A clause of the body, with its parts.</summary>
internal sealed class ClauseDto : JsonLocated
{
    public string? Path { get; set; }

    public ClauseKind? Kind { get; set; }

    public string? Number { get; set; }

    public string? Heading { get; set; }

    public string? Text { get; set; }

    public List<ClauseDto?>? Children { get; set; }
}

/// <summary>A line of "Nơi nhận".</summary>
internal sealed class RecipientDto : JsonLocated
{
    public string? Text { get; set; }

    public string? Purpose { get; set; }

    public string? BodyId { get; set; }

    public string? GroupId { get; set; }
}

/// <summary>The "Lưu:" line.</summary>
internal sealed class ArchiveDto : JsonLocated
{
    public string? Text { get; set; }

    public List<string?>? Holders { get; set; }
}

/// <summary>An obligation template.</summary>
internal sealed class ObligationTemplateDto : JsonLocated
{
    public string? Id { get; set; }

    public string? ClausePath { get; set; }

    public ObligationKind? Kind { get; set; }

    public ObligationFrequency? Frequency { get; set; }

    public List<string?>? ObligatedGroupIds { get; set; }

    public List<string?>? ObligatedBodyIds { get; set; }

    public RouteDto? Route { get; set; }

    public string? DeadlinePolicy { get; set; }

    public string? StatedDeadline { get; set; }

    public List<string?>? StatedDeadlines { get; set; }

    public bool? IsInferred { get; set; }

    public string? Basis { get; set; }

    public LocalizedTextDto? Description { get; set; }
}

/// <summary>An expected route.</summary>
internal sealed class RouteDto : JsonLocated
{
    public string? AddresseeBodyId { get; set; }

    public string? ViaBodyId { get; set; }
}

/// <summary>The appendix, inside a plan file.</summary>
internal class AppendixDto : JsonLocated
{
    public bool? IsPublished { get; set; }

    public string? ClausePath { get; set; }

    public LocalizedTextDto? Note { get; set; }

    public List<AppendixTaskDto?>? Tasks { get; set; }
}

/// <summary>An appendix file on its own: the appendix with a schema version.</summary>
internal sealed class AppendixFileDto : AppendixDto
{
    public int? SchemaVersion { get; set; }
}

/// <summary>A task of the appendix.</summary>
internal sealed class AppendixTaskDto : JsonLocated
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Lead { get; set; }

    public List<string?>? Coordinating { get; set; }

    public string? Timing { get; set; }

    public string? Product { get; set; }

    public string? ParentClause { get; set; }
}
