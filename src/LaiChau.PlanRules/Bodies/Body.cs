namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// A body that a plan can oblige, name as a recipient or cite as an issuer: a department, a People's
/// Committee, an association, a Party or central body. Bodies are dated: each exists from
/// <see cref="EstablishedOn"/> (inclusive) to <see cref="DissolvedOn"/> (exclusive), and its names are
/// dated too, so a 2024 question gets the 2024 answer. Instances come from a <see cref="BodyCatalog"/>.
/// </summary>
public sealed class Body
{
    internal Body(
        string id,
        BodyKind kind,
        IEnumerable<BodyName> names,
        IEnumerable<string> aliases,
        string? gsoCode,
        DateOnly? establishedOn,
        DateOnly? dissolvedOn,
        Succession? succession,
        DocumentReceipt? receivesFor,
        Confidence confidence,
        string? source,
        int? order = null)
    {
        Id = CatalogIds.Require(id, nameof(id));
        Kind = CatalogIds.Defined(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(aliases);
        var nameList = names.ToArray();
        if (nameList.Length == 0) throw LocalizedArgument.Create($"Cơ quan '{id}' không có tên.", $"Body '{id}' has no name.", nameof(names));
        for (var i = 1; i < nameList.Length; i++)
        {
            if (nameList[i - 1].ValidUntil is not { } until || nameList[i].ValidFrom != until)
            {
                throw LocalizedArgument.Create(
                    $"Cơ quan '{id}': mỗi tên phải kết thúc (validUntil) vào ngày tên kế tiếp bắt đầu (validFrom), theo thứ tự.", $"Body '{id}': each name must end (validUntil) on the day the next one starts (validFrom), in order.", nameof(names));
            }
        }

        Names = Array.AsReadOnly(nameList);
        Aliases = Array.AsReadOnly(aliases.Select(a => string.IsNullOrWhiteSpace(a)
            ? throw LocalizedArgument.Create($"Cơ quan '{id}' có một tên gọi khác để trống.", $"Body '{id}' has a blank alias.", nameof(aliases))
            : a.Normalize(System.Text.NormalizationForm.FormC)).ToArray());
        GsoCode = CatalogIds.OptionalText(gsoCode, nameof(gsoCode));
        if (establishedOn is { } from && dissolvedOn is { } to && to <= from)
        {
            throw LocalizedArgument.Create(
                $"Cơ quan '{id}': dissolvedOn ({CatalogIds.Iso(to)}) phải sau establishedOn ({CatalogIds.Iso(from)}).", $"Body '{id}': dissolvedOn ({CatalogIds.Iso(to)}) must be after establishedOn ({CatalogIds.Iso(from)}).", nameof(dissolvedOn));
        }

        if (succession is not null && dissolvedOn != succession.EffectiveOn)
        {
            throw LocalizedArgument.Create(
                $"Cơ quan '{id}': việc kế thừa có hiệu lực vào ngày cơ quan giải thể (dissolvedOn).", $"Body '{id}': a succession takes effect on the day the body is dissolved (dissolvedOn).", nameof(succession));
        }

        if (dissolvedOn is not null && succession is null)
        {
            throw LocalizedArgument.Create(
                $"Cơ quan '{id}' đã giải thể nhưng không cho biết cơ quan đó ra sao: hãy ghi thông tin kế thừa (abolished khi không có cơ quan nào tiếp nhận).", $"Body '{id}' is dissolved but does not say what became of it: give a succession (abolished when none).", nameof(succession));
        }

        EstablishedOn = establishedOn;
        DissolvedOn = dissolvedOn;
        Succession = succession;
        if (receivesFor?.BodyId == Id)
        {
            throw LocalizedArgument.Create($"Cơ quan '{id}' không thể nhận văn bản thay cho chính mình.", $"Body '{id}' cannot receive documents for itself.", nameof(receivesFor));
        }

        ReceivesFor = receivesFor;
        Confidence = CatalogIds.Defined(confidence, nameof(confidence));
        Source = CatalogIds.OptionalText(source, nameof(source));
        if (order is < 1) throw LocalizedArgument.Create($"Cơ quan '{id}': order phải từ 1 trở lên.", $"Body '{id}': order must be 1 or more.", nameof(order));
        Order = order;
    }

    /// <summary>The stable ASCII id, <c>[a-z0-9-]+</c> (for example <c>so-noi-vu</c>); it survives renames.</summary>
    public string Id { get; }

    /// <summary>What kind of body this is.</summary>
    public BodyKind Kind { get; }

    /// <summary>The body's names in chronological order; each ends (exclusive) on the day the next begins.</summary>
    public IReadOnlyList<BodyName> Names { get; }

    /// <summary>Other spellings and abbreviations ("Sở LĐ-TB&amp;XH", "Sở LĐTBXH"), used by <see cref="BodyCatalog.FindByName"/>.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>
    /// The administrative unit code of the General Statistics Office (mã đơn vị hành chính), for People's
    /// Committees whose code is recorded (the districts: 105-112); otherwise <see langword="null"/>.
    /// </summary>
    public string? GsoCode { get; }

    /// <summary>The first day the body exists (inclusive); <see langword="null"/> = existed before any date of interest.</summary>
    public DateOnly? EstablishedOn { get; }

    /// <summary>
    /// The first day the body no longer exists (<b>exclusive</b>): the districts' is 2025-07-01, so they exist on
    /// 30/6/2025 and not on 01/7/2025. <see langword="null"/> = still exists.
    /// </summary>
    public DateOnly? DissolvedOn { get; }

    /// <summary>What became of the body at <see cref="DissolvedOn"/>; present exactly when the body is dissolved.</summary>
    public Succession? Succession { get; }

    /// <summary>
    /// The body whose incoming documents this body receives, if any: Văn phòng UBND tỉnh receives for UBND tỉnh,
    /// so a report delivered to the Office counts as delivered to UBND tỉnh when a route is judged
    /// (docs/rules.md, "Routes"). <see langword="null"/> for a body that receives only its own documents.
    /// </summary>
    public DocumentReceipt? ReceivesFor { get; }

    /// <summary>How sure the catalog is that the body exists as described (docs/policies.md marks C, P, U).</summary>
    public Confidence Confidence { get; }

    /// <summary>Where the entry comes from, if recorded.</summary>
    public string? Source { get; }

    /// <summary>
    /// The body's rank in the official order of its kind (1 = first), as reports list bodies: departments in the order
    /// of the decree on provincial agencies, districts by GSO code, communes in the order of Resolution
    /// 1670/NQ-UBTVQH15 (docs/catalog-file.md, "Order"). <see langword="null"/> = no official rank: such bodies come
    /// after the ranked ones of their kind, by id.
    /// </summary>
    public int? Order { get; }

    /// <summary>Whether the body exists on <paramref name="date"/>: <c>EstablishedOn &lt;= date &lt; DissolvedOn</c>.</summary>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns><see langword="true"/> when the body exists on that date.</returns>
    public bool ExistsOn(DateOnly date) =>
        (EstablishedOn is not { } from || date >= from) && (DissolvedOn is not { } to || date < to);

    /// <summary>
    /// The Vietnamese name valid on <paramref name="date"/>: on 14/12/2024 <c>so-nong-nghiep-moi-truong</c> is
    /// "Sở Nông nghiệp và Phát triển nông thôn", on 14/12/2025 "Sở Nông nghiệp và Môi trường". Before the first
    /// name's validity the first name is given, after the last one's the last name.
    /// </summary>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns>The Vietnamese name, in NFC.</returns>
    public string NameOn(DateOnly date) => NameRecordOn(date).Vi;

    /// <summary>The name valid on <paramref name="date"/> (as <see cref="NameOn"/>), in Vietnamese and English.</summary>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns>The name; the English falls back to the Vietnamese when none is recorded.</returns>
    public LocalizedText DisplayNameOn(DateOnly date) => NameRecordOn(date).ToLocalizedText();

    /// <summary>The <see cref="BodyName"/> valid on <paramref name="date"/>, or the nearest one outside the names' validity.</summary>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns>One of <see cref="Names"/>.</returns>
    public BodyName NameRecordOn(DateOnly date)
    {
        for (var i = Names.Count - 1; i > 0; i--)
        {
            if (Names[i].ValidFrom is not { } from || date >= from) return Names[i];
        }

        return Names[0];
    }

    /// <summary>The id and the latest name, for diagnostics.</summary>
    /// <returns>For example <c>so-noi-vu (Sở Nội vụ)</c>.</returns>
    public override string ToString() => $"{Id} ({Names[^1].Vi})";
}
