namespace LaiChau.PlanRules.Documents;

/// <summary>
/// The notation a document number is written in (Decree 30/2020/NĐ-CP for the State, the law on
/// legal normative documents, Regulation 66-QĐ/TW and Guideline 36-HD/VPTW for the Party). It describes
/// how the number is written, not the legal force of the document: a resolution of the National
/// Assembly Standing Committee numbered without a year, such as <c>1670/NQ-UBTVQH15</c>, is written in
/// the <see cref="State"/> notation.
/// </summary>
public enum DocumentSystem
{
    /// <summary>
    /// A State administrative document, <c>number/TYPE-ISSUER</c> (<c>107/NQ-CP</c>, <c>05/KH-UBND</c>),
    /// or a State công văn, <c>number/ISSUER-UNIT</c> with no type code (<c>123/UBND-VX</c>).
    /// Numbered per issuer per calendar year.
    /// </summary>
    State = 0,

    /// <summary>
    /// A legal normative document, <c>number/year/TYPE-ISSUER</c> (<c>09/2019/NĐ-CP</c>,
    /// <c>01/2023/QĐ-UBND</c>) or, for a law or another document with no type code,
    /// <c>number/year/ISSUER</c> (<c>72/2025/QH15</c>).
    /// </summary>
    LegalNormative = 1,

    /// <summary>
    /// A Party document, <c>number-TYPE/ISSUER</c> (<c>45-NQ/TW</c>, <c>44-CTr/TU</c>, <c>59-CV/TU</c>).
    /// Numbered per type per Party committee term, not per year.
    /// </summary>
    Party = 2,
}
