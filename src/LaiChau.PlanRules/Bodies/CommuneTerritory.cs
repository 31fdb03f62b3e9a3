namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// One row of "which new commune took over which old district's territory" on 01/7/2025. Six Lai Châu
/// units took in communes of two districts, so this is not a partition: such a unit has one row for its
/// main district and one, with <see cref="TakesPartOnly"/>, for the district it took a minority from.
/// A territory is data about places, not a succession: the districts were abolished with no successor.
/// </summary>
/// <param name="DistrictId">The district People's Committee's body id (for example <c>ubnd-tam-duong</c>).</param>
/// <param name="CommuneId">The new commune or ward People's Committee's body id (for example <c>phuong-tan-phong</c>).</param>
/// <param name="TakesPartOnly">
/// <see langword="true"/> when the commune took in only a minority of its territory from this district (its main
/// district is another row).
/// </param>
/// <param name="Confidence">How sure the catalog is of the row (partial for Lai Châu: secondary sources).</param>
public sealed record CommuneTerritory(string DistrictId, string CommuneId, bool TakesPartOnly, Confidence Confidence)
{
    /// <summary>The district People's Committee's body id.</summary>
    public string DistrictId { get; } = CatalogIds.Require(DistrictId, nameof(DistrictId));

    /// <summary>The commune or ward People's Committee's body id.</summary>
    public string CommuneId { get; } = CatalogIds.Require(CommuneId, nameof(CommuneId));

    /// <summary>Whether the commune took only a minority of its territory from this district.</summary>
    public bool TakesPartOnly { get; } = TakesPartOnly;

    /// <summary>How sure the catalog is of the row.</summary>
    public Confidence Confidence { get; } = CatalogIds.Defined(Confidence, nameof(Confidence));

    /// <summary>The old communes of this district that the new unit took in, as the source names them (may be empty).</summary>
    public IReadOnlyList<string> FormerCommunes
    {
        get;
        init => field = Array.AsReadOnly((value ?? throw new ArgumentNullException(nameof(FormerCommunes)))
            .Select(c => string.IsNullOrWhiteSpace(c)
                ? throw LocalizedArgument.Create("Tên xã cũ không được để trống.", "A former commune's name must not be blank.", nameof(FormerCommunes))
                : c.Normalize(System.Text.NormalizationForm.FormC))
            .ToArray());
    } = [];

    /// <summary>Where the row comes from, if recorded.</summary>
    public string? Source { get; init => field = CatalogIds.OptionalText(value, nameof(Source)); }

    /// <summary>Two rows are equal when district, commune, part flag, confidence, former communes and source are equal.</summary>
    /// <param name="other">The other row.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(CommuneTerritory? other) =>
        other is not null
        && DistrictId == other.DistrictId
        && CommuneId == other.CommuneId
        && TakesPartOnly == other.TakesPartOnly
        && Confidence == other.Confidence
        && FormerCommunes.SequenceEqual(other.FormerCommunes, StringComparer.Ordinal)
        && Source == other.Source;

    /// <summary>A readable summary, for example <c>ubnd-tam-duong -> phuong-tan-phong (part)</c>.</summary>
    /// <returns>The district, the commune, and whether only a part was taken.</returns>
    public override string ToString() => $"{DistrictId} -> {CommuneId}{(TakesPartOnly ? " (part)" : string.Empty)}";

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DistrictId, CommuneId, TakesPartOnly, Confidence, Source);
}
