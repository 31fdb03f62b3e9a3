using System.Collections.Frozen;

namespace LaiChau.PlanRules.Documents;

/// <summary>
/// The type-code tables of the three notations and the alias table of issuer codes
/// (<c>docs/document-numbers.md</c> lists them with their sources). Every lookup is ordinal and
/// case-sensitive: <c>CTr</c> is a type code, <c>CTR</c> and <c>ctr</c> are not; <c>ĐA</c> (đề án) and
/// <c>DA</c> (dự án) are different codes.
/// </summary>
internal static class DocumentCodes
{
    /// <summary>State administrative type codes (Decree 30/2020/NĐ-CP, Appendix III), with their kind names.</summary>
    internal static readonly FrozenDictionary<string, string> StateTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NQ"] = "Nghị quyết",
        ["QĐ"] = "Quyết định",
        ["CT"] = "Chỉ thị",
        ["QC"] = "Quy chế",
        ["QyĐ"] = "Quy định",
        ["TC"] = "Thông cáo",
        ["TB"] = "Thông báo",
        ["HD"] = "Hướng dẫn",
        ["CTr"] = "Chương trình",
        ["KH"] = "Kế hoạch",
        ["PA"] = "Phương án",
        ["ĐA"] = "Đề án",
        ["DA"] = "Dự án",
        ["BC"] = "Báo cáo",
        ["BB"] = "Biên bản",
        ["TTr"] = "Tờ trình",
        ["HĐ"] = "Hợp đồng",
        ["CĐ"] = "Công điện",
        ["BGN"] = "Bản ghi nhớ",
        ["BTT"] = "Bản thỏa thuận",
        ["GUQ"] = "Giấy ủy quyền",
        ["GM"] = "Giấy mời",
        ["GGT"] = "Giấy giới thiệu",
        ["GNP"] = "Giấy nghỉ phép",
        ["PG"] = "Phiếu gửi",
        ["PC"] = "Phiếu chuyển",
        ["PB"] = "Phiếu báo",

        // Copies (Decree 30/2020/NĐ-CP, Appendix I): numbered like documents, "Số: 05/SY-VP".
        ["SY"] = "Bản sao y",
        ["TrS"] = "Bản trích sao",
        ["SL"] = "Bản sao lục",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Type codes of legal normative documents that carry one; laws and ordinances carry none.</summary>
    internal static readonly FrozenDictionary<string, string> NormativeTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NĐ"] = "Nghị định",
        ["TT"] = "Thông tư",
        ["QĐ"] = "Quyết định",
        ["NQ"] = "Nghị quyết",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Party type codes (Regulation 66-QĐ/TW, Guideline 36-HD/VPTW), with their kind names.</summary>
    internal static readonly FrozenDictionary<string, string> PartyTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NQ"] = "Nghị quyết",
        ["CT"] = "Chỉ thị",
        ["QĐ"] = "Quyết định",
        ["QĐi"] = "Quy định",
        ["KL"] = "Kết luận",
        ["QC"] = "Quy chế",
        ["TT"] = "Thông tri",
        ["HD"] = "Hướng dẫn",
        ["KH"] = "Kế hoạch",
        ["CTr"] = "Chương trình",
        ["TB"] = "Thông báo",
        ["BC"] = "Báo cáo",
        ["TTr"] = "Tờ trình",
        ["ĐA"] = "Đề án",
        ["PA"] = "Phương án",
        ["BB"] = "Biên bản",
        ["CV"] = "Công văn",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Spelling variants of one issuer code, each mapped to its canonical spelling. The plan writes
    /// "BCSD" for the Ban cán sự đảng; the diacritic form "BCSĐ" also occurs.
    /// </summary>
    internal static readonly FrozenDictionary<string, string> IssuerAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BCSD"] = "BCSĐ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The canonical spelling of an issuer code: its alias target, or the code itself.</summary>
    internal static string CanonicalIssuer(string code) =>
        IssuerAliases.TryGetValue(code, out var canonical) ? canonical : code;

    /// <summary>
    /// The code of <paramref name="table"/> that equals <paramref name="code"/> ignoring case, when
    /// <paramref name="code"/> itself is not in the table: the spelling the writer probably meant.
    /// </summary>
    internal static string? CaseVariantOf(FrozenDictionary<string, string> table, string code)
    {
        if (table.ContainsKey(code)) return null;
        foreach (var known in table.Keys)
        {
            if (string.Equals(known, code, StringComparison.OrdinalIgnoreCase)) return known;
        }

        return null;
    }
}
