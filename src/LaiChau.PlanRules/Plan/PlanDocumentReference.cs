namespace LaiChau.PlanRules.Plan;

/// <summary>
/// A document the plan cites, as the plan writes it: a legal basis ("Căn cứ …") or a document named in a clause. The
/// number is kept as a string, exactly as written (<c>45-NQ/TW</c>, <c>107/NQ-CP</c>); the document-number parser of
/// <c>LaiChau.PlanRules.Documents</c> reads it. The issuer is stored, never derived from the symbol: <c>/TW</c> is used
/// by the Central Committee, the Politburo and the Secretariat alike.
/// </summary>
/// <param name="Number">The number and symbol as written, such as <c>45-NQ/TW</c>; no spaces.</param>
/// <param name="KindName">The kind as written, such as <c>Nghị quyết</c>, <c>Kế hoạch</c>, <c>Chương trình hành động</c>.</param>
/// <param name="IssuerName">The issuer as written, such as <c>Ban Chấp hành Trung ương Đảng khóa XIII</c>.</param>
/// <param name="Date">The date of issue, when the plan gives it.</param>
/// <param name="ShortName">The short name the plan gives it ("sau đây gọi tắt là …"), such as <c>Nghị quyết số 45-NQ/TW</c>; null when none.</param>
/// <param name="IssuerBodyId">The issuer's body id (such as <c>ban-chap-hanh-trung-uong</c>), when known.</param>
public sealed record PlanDocumentReference(
    string Number, string KindName, string IssuerName, DateOnly? Date, string? ShortName, string? IssuerBodyId)
{
    /// <summary>The number and symbol as written, such as <c>45-NQ/TW</c>.</summary>
    public string Number { get; } = PlanText.Required(Number, nameof(Number)) is var n && n.Any(char.IsWhiteSpace)
        ? throw LocalizedArgument.Create(
            $"Số hiệu văn bản '{n}' có khoảng trắng; hãy ghi như trên văn bản, ví dụ '45-NQ/TW'.",
            $"The document number '{n}' contains a space; write it as the document does, such as '45-NQ/TW'.",
            nameof(Number))
        : n;

    /// <summary>The kind as written, such as <c>Nghị quyết</c>.</summary>
    public string KindName { get; } = PlanText.Required(KindName, nameof(KindName));

    /// <summary>The issuer as written.</summary>
    public string IssuerName { get; } = PlanText.Required(IssuerName, nameof(IssuerName));

    /// <summary>The date of issue, when given.</summary>
    public DateOnly? Date { get; } = Date;

    /// <summary>The short name given by "sau đây gọi tắt là …", or null.</summary>
    public string? ShortName { get; } = PlanText.Optional(ShortName, nameof(ShortName));

    /// <summary>The issuer's body id, or null when not known.</summary>
    public string? IssuerBodyId { get; } = PlanText.OptionalId(IssuerBodyId, nameof(IssuerBodyId));

    /// <summary>
    /// The reference with its number parsed into its parts (system, number, year, type code, issuer code),
    /// for citations such as "Nghị quyết số 107/NQ-CP ngày 09/7/2024".
    /// </summary>
    /// <returns>The structured reference.</returns>
    /// <exception cref="Documents.DocumentNumberFormatException">The number does not follow any of the grammars.</exception>
    public Documents.DocumentReference ToDocumentReference() =>
        new(Documents.DocumentNumber.Parse(Number), KindName, IssuerName, Date, ShortName);

    /// <summary>The number, such as <c>45-NQ/TW</c>.</summary>
    /// <returns><see cref="Number"/>.</returns>
    public override string ToString() => Number;
}
