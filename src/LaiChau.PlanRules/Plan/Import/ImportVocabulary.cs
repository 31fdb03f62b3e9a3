using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>
/// The words <see cref="PlanImporter"/> reads a plan with: the embedded <c>Data/plan-import-vocabulary.json</c>, extended
/// by a host's files of the same shape (docs/plan-import.md). A host's entries come first, so they win where two
/// entries match the same words; a host's group with an existing id adds its phrases and may give a new name.
/// </summary>
internal sealed class ImportVocabulary
{
    public const string EmbeddedFileName = "plan-import-vocabulary.json";

    private static readonly Lazy<ImportVocabulary> Embedded = new(() =>
    {
        using var stream = EmbeddedData.Open(EmbeddedFileName);
        return From(StrictJson.Read<VocabularyFileDto>(stream, EmbeddedFileName), EmbeddedFileName);
    });

    private ImportVocabulary(VocabularyFileDto dto) => File = dto;

    public static ImportVocabulary Default => Embedded.Value;

    public VocabularyFileDto File { get; }

    public IReadOnlyList<DocumentKindDto> DocumentKinds => File.DocumentKinds!;

    public IReadOnlyList<string> CitationKinds => File.CitationKinds!;

    public IReadOnlyList<string> ImplementationSections => File.ImplementationSections!;

    public IReadOnlyList<GroupPhrasesDto> Groups => File.Groups!;

    public IReadOnlyList<BodyPhrasesDto> Bodies => File.Bodies!;

    public IReadOnlyList<BodyPrefixDto> BodyPrefixes => File.BodyPrefixes!;

    public IReadOnlyList<DutyDto> Duties => File.Duties!;

    public IReadOnlyList<FrequencyPhrasesDto> Frequencies => File.Frequencies!;

    public IReadOnlyList<string> NotDutyAfter => File.NotDutyAfter!;

    public IReadOnlyList<string> TimingWords => File.TimingWords!;

    public IReadOnlyList<string> DeadlinePrefixes => File.DeadlinePrefixes!;

    public IReadOnlyList<string> RouteMarkers => File.RouteMarkers!;

    public IReadOnlyList<string> ViaMarkers => File.ViaMarkers!;

    /// <summary>This vocabulary with a host's file added in front.</summary>
    public ImportVocabulary With(Stream json, string fileName, JsonInputLimits? limits)
    {
        var host = StrictJson.Read<VocabularyFileDto>(json, fileName, limits);
        Check(host, fileName, requireAll: false);
        var groups = new List<GroupPhrasesDto>();
        foreach (var g in host.Groups ?? [])
        {
            var old = Groups.FirstOrDefault(o => o.GroupId == g.GroupId);
            groups.Add(new GroupPhrasesDto
            {
                GroupId = g.GroupId,
                Phrases = [.. g.Phrases ?? [], .. old?.Phrases ?? []],
                Name = g.Name ?? old?.Name,
                InclusionRule = g.InclusionRule ?? old?.InclusionRule,
            });
        }

        groups.AddRange(Groups.Where(o => !groups.Any(g => g.GroupId == o.GroupId)));
        return new ImportVocabulary(new VocabularyFileDto
        {
            SchemaVersion = 1,
            DocumentKinds = [.. host.DocumentKinds ?? [], .. DocumentKinds],
            CitationKinds = [.. host.CitationKinds ?? [], .. CitationKinds],
            ImplementationSections = [.. host.ImplementationSections ?? [], .. ImplementationSections],
            Groups = groups,
            Bodies = [.. host.Bodies ?? [], .. Bodies],
            BodyPrefixes = [.. host.BodyPrefixes ?? [], .. BodyPrefixes],
            Duties = [.. host.Duties ?? [], .. Duties],
            Frequencies = [.. host.Frequencies ?? [], .. Frequencies],
            NotDutyAfter = [.. host.NotDutyAfter ?? [], .. NotDutyAfter],
            TimingWords = [.. host.TimingWords ?? [], .. TimingWords],
            DeadlinePrefixes = [.. host.DeadlinePrefixes ?? [], .. DeadlinePrefixes],
            RouteMarkers = [.. host.RouteMarkers ?? [], .. RouteMarkers],
            ViaMarkers = [.. host.ViaMarkers ?? [], .. ViaMarkers],
        });
    }

    private static ImportVocabulary From(VocabularyFileDto dto, string fileName)
    {
        Check(dto, fileName, requireAll: true);
        return new ImportVocabulary(dto);
    }

    private static void Check(VocabularyFileDto dto, string fileName, bool requireAll)
    {
        if (dto.SchemaVersion != 1)
        {
            throw new PlanRulesInputException(new LocalizedText("Trường 'schemaVersion' phải là 1.", "The field 'schemaVersion' must be 1."), fileName, "schemaVersion");
        }

        if (requireAll && (dto.DocumentKinds is null || dto.CitationKinds is null || dto.ImplementationSections is null || dto.Groups is null
            || dto.Bodies is null || dto.BodyPrefixes is null || dto.Duties is null || dto.Frequencies is null || dto.NotDutyAfter is null || dto.TimingWords is null
            || dto.DeadlinePrefixes is null || dto.RouteMarkers is null || dto.ViaMarkers is null))
        {
            throw new PlanRulesInputException(new LocalizedText("Bộ từ vựng đi kèm thư viện thiếu một danh sách.", "The embedded vocabulary misses a list."), fileName);
        }

        foreach (var (g, i) in (dto.Groups ?? []).Select((g, i) => (g, i)))
        {
            if (!PlanText.IsId(g.GroupId)) throw new PlanRulesInputException(new LocalizedText($"'{g.GroupId}' không phải là mã nhóm.", $"'{g.GroupId}' is not a group id."), fileName, $"groups[{i}].groupId");
        }

        foreach (var (b, i) in (dto.Bodies ?? []).Select((b, i) => (b, i)))
        {
            if (!PlanText.IsId(b.BodyId)) throw new PlanRulesInputException(new LocalizedText($"'{b.BodyId}' không phải là mã cơ quan.", $"'{b.BodyId}' is not a body id."), fileName, $"bodies[{i}].bodyId");
        }

        foreach (var (d, i) in (dto.Duties ?? []).Select((d, i) => (d, i)))
        {
            if (string.IsNullOrWhiteSpace(d.Kind) || d.Starts is not { Count: > 0 })
            {
                throw new PlanRulesInputException(new LocalizedText("Mỗi nhiệm vụ (duty) cần có loại và ít nhất một cụm từ mở đầu.", "A duty needs a kind and at least one start phrase."), fileName, $"duties[{i}]");
            }
        }
    }
}


/// <summary>The vocabulary file.</summary>
internal sealed class VocabularyFileDto
{
    public int? SchemaVersion { get; set; }

    public string? Description { get; set; }

    public List<DocumentKindDto>? DocumentKinds { get; set; }

    public List<string>? CitationKinds { get; set; }

    public List<string>? ImplementationSections { get; set; }

    public List<GroupPhrasesDto>? Groups { get; set; }

    public List<BodyPhrasesDto>? Bodies { get; set; }

    public List<BodyPrefixDto>? BodyPrefixes { get; set; }

    public List<DutyDto>? Duties { get; set; }

    public List<FrequencyPhrasesDto>? Frequencies { get; set; }

    public List<string>? NotDutyAfter { get; set; }

    public List<string>? TimingWords { get; set; }

    public List<string>? DeadlinePrefixes { get; set; }

    public List<string>? RouteMarkers { get; set; }

    public List<string>? ViaMarkers { get; set; }
}

/// <summary>A document kind line ("KẾ HOẠCH") and its type code.</summary>
internal sealed class DocumentKindDto
{
    public string Name { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;
}

/// <summary>A group and the phrases that name it.</summary>
internal sealed class GroupPhrasesDto
{
    public string GroupId { get; set; } = string.Empty;

    public List<string>? Phrases { get; set; }

    public LocalizedTextDto? Name { get; set; }

    public LocalizedTextDto? InclusionRule { get; set; }
}

/// <summary>A body and phrases that name it in any province.</summary>
internal sealed class BodyPhrasesDto
{
    public string BodyId { get; set; } = string.Empty;

    public BodyKind Kind { get; set; }

    public List<string>? Phrases { get; set; }
}

/// <summary>A word a body's name starts with, and the kind it suggests.</summary>
internal sealed class BodyPrefixDto
{
    public string Prefix { get; set; } = string.Empty;

    public BodyKind Kind { get; set; }
}

/// <summary>A kind of duty, the verbs that start it, and its frequency when the text states none.</summary>
internal sealed class DutyDto
{
    public string Kind { get; set; } = string.Empty;

    public List<string>? Starts { get; set; }

    public List<string>? Requires { get; set; }

    public ObligationFrequency? Frequency { get; set; }
}

/// <summary>A frequency and its phrases.</summary>
internal sealed class FrequencyPhrasesDto
{
    public ObligationFrequency Frequency { get; set; }

    public List<string>? Phrases { get; set; }
}
