using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LaiChau.PlanRules.Documents;

/// <summary>
/// The number and symbol of a Vietnamese document ("số và ký hiệu"), in one of three notations
/// (<see cref="DocumentSystem"/>): State <c>107/NQ-CP</c>, <c>05/KH-UBND</c>, State công văn
/// <c>123/UBND-VX</c>; legal normative <c>09/2019/NĐ-CP</c>, <c>72/2025/QH15</c>; Party
/// <c>45-NQ/TW</c>, <c>44-CTr/TU</c>, <c>59-CV/TU</c>. Create one with <see cref="Parse"/> or
/// <see cref="TryParse"/>; the grammars and code tables are in <c>docs/document-numbers.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Codes are case-sensitive and kept as written: <c>CTr</c> is a type code, <c>CTR</c> is not;
/// <c>ĐA</c> (đề án) is not <c>DA</c> (dự án). The issuer code is only a symbol: <c>/TW</c> is used by
/// the Central Committee, the Politburo and the Secretariat alike, so the issuer's name is never
/// derived from it (keep the name in a <see cref="DocumentReference"/>).
/// </para>
/// <para>
/// Record equality (<c>==</c>) compares the notation exactly; <see cref="Matches"/> also treats
/// spelling variants of an issuer code as the same (<c>271-KH/BCSD</c> matches <c>271-KH/BCSĐ</c>).
/// </para>
/// </remarks>
public sealed record DocumentNumber
{
    internal DocumentNumber(int number, int? year, string? typeCode, string issuerCode, string? unitCode, DocumentSystem system)
    {
        Number = number;
        Year = year;
        TypeCode = typeCode;
        IssuerCode = issuerCode;
        UnitCode = unitCode;
        System = system;
    }

    /// <summary>The ordinal number, 1 or more (written with a leading zero below 10: <c>05</c>).</summary>
    public int Number { get; }

    /// <summary>The year of a <see cref="DocumentSystem.LegalNormative"/> number (<c>2019</c> in <c>09/2019/NĐ-CP</c>); otherwise null.</summary>
    public int? Year { get; }

    /// <summary>
    /// The type code as written (<c>NQ</c>, <c>CTr</c>, <c>NĐ</c>), or null for a State công văn
    /// (<c>123/UBND-VX</c>) and for a legal normative document without one (a law, <c>72/2025/QH15</c>).
    /// </summary>
    public string? TypeCode { get; }

    /// <summary>
    /// The issuer's code as written (<c>CP</c>, <c>UBND</c>, <c>QH15</c>, <c>TW</c>, <c>BCSD</c>): a symbol,
    /// not the issuer's identity.
    /// </summary>
    public string IssuerCode { get; }

    /// <summary>The drafting unit of a State công văn (<c>VX</c> in <c>123/UBND-VX</c>); otherwise null.</summary>
    public string? UnitCode { get; }

    /// <summary>The notation the number is written in.</summary>
    public DocumentSystem System { get; }

    /// <summary>
    /// Parses a document number. Surrounding white space is ignored; the text is normalised to NFC
    /// (NFD input is accepted); <c>5/KH-UBND</c> is accepted for <c>05/KH-UBND</c>; the look-alike
    /// <c>Ð</c> (U+00D0) is read as <c>Đ</c> (U+0110). Nothing else is corrected.
    /// </summary>
    /// <param name="text">The number, for example <c>107/NQ-CP</c>, without the label "Số:".</param>
    /// <returns>The parsed number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentNumberFormatException">
    /// The text is not a document number; the message says what is wrong and at which position.
    /// </exception>
    public static DocumentNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DocumentNumberParser.Parse(text, out var failure) ?? throw failure.ToException();
    }

    /// <summary>Parses a document number like <see cref="Parse"/>, without throwing.</summary>
    /// <param name="text">The number, or null.</param>
    /// <param name="number">The parsed number, or null when the text is null or not a document number.</param>
    /// <returns>True when <paramref name="text"/> is a document number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DocumentNumber? number)
    {
        number = text is null ? null : DocumentNumberParser.Parse(text, out _);
        return number is not null;
    }

    /// <summary>
    /// Whether <paramref name="other"/> denotes the same document number, treating spelling variants of
    /// the issuer code as equal (<c>BCSD</c> = <c>BCSĐ</c>). Everything else must be equal as written:
    /// type codes stay case-sensitive and <c>Đ</c> stays distinct from <c>D</c>.
    /// </summary>
    /// <param name="other">The number to compare with.</param>
    /// <returns>True when both denote the same number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Matches(DocumentNumber other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Number == other.Number
            && Year == other.Year
            && System == other.System
            && string.Equals(TypeCode, other.TypeCode, StringComparison.Ordinal)
            && string.Equals(UnitCode, other.UnitCode, StringComparison.Ordinal)
            && string.Equals(
                DocumentCodes.CanonicalIssuer(IssuerCode),
                DocumentCodes.CanonicalIssuer(other.IssuerCode),
                StringComparison.Ordinal);
    }

    /// <summary>
    /// The canonical form: <c>05/KH-UBND</c>, <c>123/UBND-VX</c>, <c>09/2019/NĐ-CP</c>, <c>72/2025/QH15</c>,
    /// <c>45-NQ/TW</c>. Numbers below 10 get a leading zero; codes are written as parsed (aliases are kept).
    /// </summary>
    /// <returns>The number as it is printed on the document, after "Số:".</returns>
    public override string ToString()
    {
        var number = Number.ToString("00", CultureInfo.InvariantCulture);
        return System switch
        {
            DocumentSystem.Party => $"{number}-{TypeCode}/{IssuerCode}",
            DocumentSystem.LegalNormative => TypeCode is null
                ? string.Create(CultureInfo.InvariantCulture, $"{number}/{Year}/{IssuerCode}")
                : string.Create(CultureInfo.InvariantCulture, $"{number}/{Year}/{TypeCode}-{IssuerCode}"),
            _ => TypeCode is null ? $"{number}/{IssuerCode}-{UnitCode}" : $"{number}/{TypeCode}-{IssuerCode}",
        };
    }
}
