namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// What became of a body on the day it ceased to exist, and who took over its tasks.
/// </summary>
/// <remarks>
/// Rules by kind: <see cref="SuccessionKind.Abolished"/> has no successors;
/// <see cref="SuccessionKind.AbsorbedInto"/> and <see cref="SuccessionKind.Reorganised"/> have exactly one,
/// which is the primary successor (filled in when not given); <see cref="SuccessionKind.SplitInto"/> has at
/// least two and may name one of them primary (the body that answers for the old body's obligations,
/// see <see cref="BodyCatalog.ResponsibleOn"/>). Two successions are equal when all their values,
/// including the successor ids in order, are equal.
/// </remarks>
/// <param name="Kind">What happened.</param>
/// <param name="EffectiveOn">The first day the successors act instead of the body; equals the body's <see cref="Body.DissolvedOn"/>.</param>
/// <param name="SuccessorIds">The ids of the bodies that took over, in the order given; no duplicates.</param>
/// <param name="PrimarySuccessorId">The successor that answers for the body's obligations; must be one of <paramref name="SuccessorIds"/>.</param>
/// <param name="Confidence">How sure the catalog is of this succession (the 01/3/2025 mergers are unconfirmed for Lai Châu).</param>
/// <param name="Source">Where the succession comes from, or <see langword="null"/>.</param>
public sealed record Succession(
    SuccessionKind Kind,
    DateOnly EffectiveOn,
    IReadOnlyList<string> SuccessorIds,
    string? PrimarySuccessorId,
    Confidence Confidence,
    string? Source)
{
    /// <summary>What happened.</summary>
    public SuccessionKind Kind { get; } = CatalogIds.Defined(Kind, nameof(Kind));

    /// <summary>The first day the successors act instead of the body.</summary>
    public DateOnly EffectiveOn { get; } = EffectiveOn;

    /// <summary>The ids of the successors, in the order given.</summary>
    public IReadOnlyList<string> SuccessorIds { get; } = CheckSuccessors(Kind, SuccessorIds);

    /// <summary>The primary successor's id, or <see langword="null"/> (abolished, or split with no primary).</summary>
    public string? PrimarySuccessorId { get; } = CheckPrimary(Kind, SuccessorIds, PrimarySuccessorId);

    /// <summary>How sure the catalog is of this succession.</summary>
    public Confidence Confidence { get; } = CatalogIds.Defined(Confidence, nameof(Confidence));

    /// <summary>Where the succession comes from, if recorded.</summary>
    public string? Source { get; } = CatalogIds.OptionalText(Source, nameof(Source));

    /// <inheritdoc />
    public bool Equals(Succession? other) =>
        other is not null
        && Kind == other.Kind
        && EffectiveOn == other.EffectiveOn
        && SuccessorIds.SequenceEqual(other.SuccessorIds, StringComparer.Ordinal)
        && string.Equals(PrimarySuccessorId, other.PrimarySuccessorId, StringComparison.Ordinal)
        && Confidence == other.Confidence
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(EffectiveOn);
        foreach (var id in SuccessorIds) hash.Add(id, StringComparer.Ordinal);
        hash.Add(PrimarySuccessorId, StringComparer.Ordinal);
        hash.Add(Confidence);
        hash.Add(Source, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>A readable summary, for example <c>AbsorbedInto so-tai-chinh on 2025-03-01</c>.</summary>
    /// <returns>The kind, the successors (the primary marked with <c>*</c> when there are several) and the date.</returns>
    public override string ToString()
    {
        var ids = SuccessorIds.Count > 1
            ? SuccessorIds.Select(id => id == PrimarySuccessorId ? id + "*" : id)
            : SuccessorIds;
        return SuccessorIds.Count == 0
            ? $"{Kind} on {CatalogIds.Iso(EffectiveOn)}"
            : $"{Kind} {string.Join(", ", ids)} on {CatalogIds.Iso(EffectiveOn)}";
    }

    private static IReadOnlyList<string> CheckSuccessors(SuccessionKind kind, IReadOnlyList<string>? ids)
    {
        ArgumentNullException.ThrowIfNull(ids, nameof(SuccessorIds));
        var copy = new string[ids.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = CatalogIds.Require(ids[i], nameof(SuccessorIds));
            if (!seen.Add(copy[i]))
            {
                throw LocalizedArgument.Create($"Cơ quan kế thừa '{copy[i]}' được ghi hai lần.", $"Successor '{copy[i]}' is listed twice.", nameof(SuccessorIds));
            }
        }

        LocalizedText? problem = kind switch
        {
            SuccessionKind.Abolished when copy.Length != 0 => new(
                "Cơ quan bị bãi bỏ thì không có cơ quan kế thừa; hãy dùng absorbedInto, reorganised hoặc splitInto.",
                "An abolished body has no successors; use absorbedInto, reorganised or splitInto."),
            SuccessionKind.AbsorbedInto or SuccessionKind.Reorganised when copy.Length != 1 => new(
                $"Cơ quan {(kind == SuccessionKind.AbsorbedInto ? "sáp nhập vào" : "hợp nhất thành")} cơ quan khác có đúng một cơ quan kế thừa; hãy dùng splitInto khi có nhiều cơ quan.",
                $"A body {(kind == SuccessionKind.AbsorbedInto ? "absorbed into" : "reorganised as")} another has exactly one successor; use splitInto for several."),
            SuccessionKind.SplitInto when copy.Length < 2 => new(
                "Cơ quan chia, tách thành các cơ quan khác có ít nhất hai cơ quan kế thừa.",
                "A body split into others has at least two successors."),
            _ => null,
        };
        if (problem is not null) throw LocalizedArgument.Create(problem.Vi, problem.En, nameof(SuccessorIds));
        return Array.AsReadOnly(copy);
    }

    private static string? CheckPrimary(SuccessionKind kind, IReadOnlyList<string>? ids, string? primary)
    {
        if (primary is null)
        {
            return kind is SuccessionKind.AbsorbedInto or SuccessionKind.Reorganised && ids is [var only] ? only : null;
        }

        if (ids is null || !ids.Contains(primary, StringComparer.Ordinal))
        {
            throw LocalizedArgument.Create($"Cơ quan kế thừa chính '{primary}' không nằm trong danh sách cơ quan kế thừa.", $"The primary successor '{primary}' is not among the successors.", nameof(PrimarySuccessorId));
        }

        return primary;
    }
}
