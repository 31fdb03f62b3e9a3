using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Bodies;

/// <summary>A JSON object read from a catalog file, with the file it came from (for error messages).</summary>
internal sealed record Sourced<T>(T Dto, string FileName)
    where T : JsonLocated
{
    public PlanRulesInputException Error(string vi, string en, string? member = null) =>
        CatalogBuilder.Error(FileName, Dto, new LocalizedText(vi, en), member);
}

/// <summary>A group as read, with its members kept apart so that later files can add or remove some.</summary>
internal sealed record GroupEntry(Sourced<GroupDto> Group, IReadOnlyList<Sourced<GroupMemberDto>> Members);

/// <summary>
/// The merged, not yet validated entries of one or more catalog files: the base and its overrides. An
/// instance is never changed once a <see cref="BodyCatalog"/> holds it; <see cref="CatalogBuilder"/>
/// copies before merging.
/// </summary>
internal sealed class CatalogEntries
{
    public CatalogEntries()
    {
    }

    public CatalogEntries(CatalogEntries other)
    {
        Bodies = new(other.Bodies, StringComparer.Ordinal);
        Groups = new(other.Groups, StringComparer.Ordinal);
        Territories = new(other.Territories);
    }

    public Dictionary<string, Sourced<BodyDto>> Bodies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, GroupEntry> Groups { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string DistrictId, string CommuneId), Sourced<TerritoryDto>> Territories { get; } = [];
}
