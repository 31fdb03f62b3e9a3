using LaiChau.PlanRules.Json;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Bodies;

// The JSON shape of a body catalog file (docs/catalog-file.md). Read only through StrictJson; mapped and
// validated by CatalogBuilder. These objects are never changed after they are read.

internal sealed class CatalogFileDto : JsonLocated
{
    public int? SchemaVersion { get; set; }

    public string? Description { get; set; }

    public List<BodyDto>? Bodies { get; set; } = [];

    public List<GroupDto>? Groups { get; set; } = [];

    public List<TerritoryDto>? Territories { get; set; } = [];

    public List<RemoveMemberDto>? RemoveMembers { get; set; } = [];

    public List<AddMemberDto>? AddMembers { get; set; } = [];
}

internal sealed class BodyDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public string Id { get; set; } = string.Empty;

    [JsonProperty(Required = Required.Always)]
    public BodyKind Kind { get; set; }

    [JsonProperty(Required = Required.Always)]
    public List<BodyNameDto> Names { get; set; } = [];

    public List<string>? Aliases { get; set; } = [];

    public string? GsoCode { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public DateOnly? DissolvedOn { get; set; }

    public SuccessionDto? Succession { get; set; }

    public ReceivesForDto? ReceivesFor { get; set; }

    [JsonProperty(Required = Required.Always)]
    public Confidence Confidence { get; set; }

    public string? Source { get; set; }

    public int? Order { get; set; }
}

internal sealed class BodyNameDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public string Vi { get; set; } = string.Empty;

    public string? En { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }
}

internal sealed class SuccessionDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public SuccessionKind Kind { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public List<string>? SuccessorIds { get; set; } = [];

    public string? PrimarySuccessorId { get; set; }

    [JsonProperty(Required = Required.Always)]
    public Confidence Confidence { get; set; }

    public string? Source { get; set; }
}

internal sealed class ReceivesForDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public string BodyId { get; set; } = string.Empty;

    [JsonProperty(Required = Required.Always)]
    public Confidence Confidence { get; set; }

    public string? Source { get; set; }
}

internal sealed class LocalizedTextDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public string Vi { get; set; } = string.Empty;

    [JsonProperty(Required = Required.Always)]
    public string En { get; set; } = string.Empty;
}

internal sealed class GroupDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public string Id { get; set; } = string.Empty;

    [JsonProperty(Required = Required.Always)]
    public LocalizedTextDto Name { get; set; } = new();

    [JsonProperty(Required = Required.Always)]
    public LocalizedTextDto InclusionRule { get; set; } = new();

    [JsonProperty(Required = Required.Always)]
    public List<GroupMemberDto> Members { get; set; } = [];

    public string? Source { get; set; }
}

internal class GroupMemberDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public string BodyId { get; set; } = string.Empty;

    [JsonProperty(Required = Required.Always)]
    public Confidence Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class AddMemberDto : GroupMemberDto
{
    [JsonProperty(Required = Required.Always)]
    public string GroupId { get; set; } = string.Empty;
}

internal sealed class RemoveMemberDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public string GroupId { get; set; } = string.Empty;

    [JsonProperty(Required = Required.Always)]
    public string BodyId { get; set; } = string.Empty;
}

internal sealed class TerritoryDto : JsonLocated
{
    [JsonProperty(Required = Required.Always)]
    public string DistrictId { get; set; } = string.Empty;

    [JsonProperty(Required = Required.Always)]
    public string CommuneId { get; set; } = string.Empty;

    public bool TakesPartOnly { get; set; }

    [JsonProperty(Required = Required.Always)]
    public Confidence Confidence { get; set; }

    public List<string>? FormerCommunes { get; set; } = [];

    public string? Source { get; set; }
}
