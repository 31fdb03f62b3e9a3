namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// A named set of bodies that a plan addresses as one ("các sở, ban, ngành tỉnh", "UBND huyện, thành
/// phố"), with the rule that decides who is in it. Members are listed across time (a department merged on
/// 01/3/2025 and the body that took it over are both members); <see cref="BodyCatalog.MembersOn"/> gives
/// those that exist on a date.
/// </summary>
public sealed class BodyGroup
{
    internal BodyGroup(string id, LocalizedText name, LocalizedText inclusionRule, IEnumerable<BodyGroupMember> members, string? source)
    {
        Id = CatalogIds.Require(id, nameof(id));
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(inclusionRule);
        ArgumentNullException.ThrowIfNull(members);
        Name = name;
        InclusionRule = inclusionRule;
        var list = members.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in list)
        {
            ArgumentNullException.ThrowIfNull(m, nameof(members));
            if (!seen.Add(m.BodyId)) throw LocalizedArgument.Create($"Nhóm '{id}' liệt kê '{m.BodyId}' hai lần.", $"Group '{id}' lists '{m.BodyId}' twice.", nameof(members));
        }

        Members = Array.AsReadOnly(list);
        Source = CatalogIds.OptionalText(source, nameof(source));
    }

    /// <summary>The stable ASCII id, for example <c>provincial-departments</c>.</summary>
    public string Id { get; }

    /// <summary>The group's name as the plan writes it ("các sở, ban, ngành tỉnh"), with an English rendering.</summary>
    public LocalizedText Name { get; }

    /// <summary>Who belongs to the group and who does not, stated so a host can review the member list.</summary>
    public LocalizedText InclusionRule { get; }

    /// <summary>The members in the order the catalog lists them, across all dates.</summary>
    public IReadOnlyList<BodyGroupMember> Members { get; }

    /// <summary>Where the group comes from (the plan's clause), if recorded.</summary>
    public string? Source { get; }

    /// <summary>Whether <paramref name="bodyId"/> is listed in the group (on any date).</summary>
    /// <param name="bodyId">A body id.</param>
    /// <returns><see langword="true"/> when the body is a member.</returns>
    public bool Contains(string bodyId) => Members.Any(m => string.Equals(m.BodyId, bodyId, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => Id;
}
