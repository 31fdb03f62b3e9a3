namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// A name a body bore over a period. A rename is a new <see cref="BodyName"/> on the same body, not a
/// new body: "Sở Nông nghiệp và Phát triển nông thôn" until 28/02/2025 and "Sở Nông nghiệp và Môi
/// trường" from 01/3/2025 are two names of <c>so-nong-nghiep-moi-truong</c>.
/// </summary>
/// <param name="Vi">The Vietnamese name, in Unicode NFC (normalised here); not blank.</param>
/// <param name="En">The English name, or <see langword="null"/> when none is recorded (the Vietnamese is shown instead).</param>
/// <param name="ValidFrom">The first day the name applies (inclusive), or <see langword="null"/> for "since before any date of interest".</param>
/// <param name="ValidUntil">
/// The first day the name no longer applies (<b>exclusive</b>), or <see langword="null"/> for "still in use";
/// when both bounds are given it must be after <paramref name="ValidFrom"/>.
/// </param>
public sealed record BodyName(string Vi, string? En, DateOnly? ValidFrom, DateOnly? ValidUntil)
{
    /// <summary>The Vietnamese name, in Unicode NFC.</summary>
    public string Vi { get; } = RequireText(Vi, nameof(Vi));

    /// <summary>The English name, if recorded.</summary>
    public string? En { get; } = CatalogIds.OptionalText(En, nameof(En));

    /// <summary>The first day the name applies (inclusive); <see langword="null"/> = open start.</summary>
    public DateOnly? ValidFrom { get; } = ValidFrom;

    /// <summary>The first day the name no longer applies (exclusive); <see langword="null"/> = open end.</summary>
    public DateOnly? ValidUntil { get; } = CheckUntil(ValidFrom, ValidUntil);

    /// <summary>Whether the name applies on <paramref name="date"/>: <c>ValidFrom &lt;= date &lt; ValidUntil</c>.</summary>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns><see langword="true"/> when the name is valid on that date.</returns>
    public bool AppliesOn(DateOnly date) =>
        (ValidFrom is not { } from || date >= from) && (ValidUntil is not { } until || date < until);

    /// <summary>The name as a <see cref="LocalizedText"/>; the English falls back to the Vietnamese when none is recorded.</summary>
    /// <returns>The Vietnamese and English name.</returns>
    public LocalizedText ToLocalizedText() => new(Vi, En ?? Vi);

    /// <inheritdoc />
    public override string ToString() => Vi;

    private static string RequireText(string? text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        if (string.IsNullOrWhiteSpace(text)) throw LocalizedArgument.Create("Tên không được để trống.", "A name must not be blank.", paramName);
        return text.Normalize(System.Text.NormalizationForm.FormC);
    }

    private static DateOnly? CheckUntil(DateOnly? from, DateOnly? until)
    {
        if (from is { } f && until is { } u && u <= f)
        {
            throw LocalizedArgument.Create(
                $"validUntil ({CatalogIds.Iso(u)}) phải sau validFrom ({CatalogIds.Iso(f)}): validUntil là ngày đầu tiên tên không còn dùng.", $"validUntil ({CatalogIds.Iso(u)}) must be after validFrom ({CatalogIds.Iso(f)}): validUntil is the first day the name no longer applies.",
                nameof(ValidUntil));
        }

        return until;
    }
}
