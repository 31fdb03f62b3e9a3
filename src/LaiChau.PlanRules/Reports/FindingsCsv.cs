using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// Writes a report's findings as CSV for a spreadsheet (docs/report-format.md, "CSV"): one row per finding,
/// RFC 4180 quoting, CRLF line ends, dates dd/MM/yyyy, headers and messages in Vietnamese (default) or English; the last
/// column says "minh họa" on every row of an illustrative report.
/// Written to a stream it is UTF-8 with a byte-order mark, so Excel keeps the diacritics.
/// </summary>
public static class FindingsCsv
{
    private static readonly string[] HeadersVi = ["Mã", "Mức độ", "Cơ quan", "Kỳ", "Điều khoản", "Hạn", "Hạn giả định", "Chứng cứ", "Nội dung", "Mã phát hiện", "Minh họa"];
    private static readonly string[] HeadersEn = ["Code", "Severity", "Body", "Period", "Clause", "Due", "Assumed deadline", "Evidence", "Message", "Finding id", "Illustrative"];

    /// <summary>Writes the findings to a stream as UTF-8 with a byte-order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="language"><c>vi</c> (default) or <c>en</c>.</param>
    public static void Write(ComplianceReport report, Stream stream, string language = "vi")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 4096, leaveOpen: true);
        Write(report, writer, language);
    }

    /// <summary>Writes the findings to a writer (its encoding decides the byte-order mark).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer; not closed.</param>
    /// <param name="language"><c>vi</c> (default) or <c>en</c>.</param>
    public static void Write(ComplianceReport report, TextWriter writer, string language = "vi")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var en = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        Rfc4180.WriteRecord(writer, en ? HeadersEn : HeadersVi);
        foreach (var f in report.Findings)
        {
            Rfc4180.WriteRecord(writer,
            [
                f.Code,
                Severity(f.Severity, en),
                f.BodyName ?? f.BodyId,
                f.Period?.ToString(CultureInfo.InvariantCulture),
                f.ClausePath,
                f.DueOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                f.IsDueAssumed ? (en ? "yes" : "có") : string.Empty,
                string.Join("; ", f.EvidenceIds),
                f.Message.In(en ? "en" : "vi"),
                f.Id,
                report.Illustrative ? ReportLabels.Illustrative.In(en ? "en" : "vi") : string.Empty,
            ]);
        }

        writer.Flush();
    }

    /// <summary>Serializes the findings to a string (no byte-order mark; see <see cref="Write(ComplianceReport, Stream, string)"/> for files).</summary>
    /// <param name="report">The report.</param>
    /// <param name="language"><c>vi</c> or <c>en</c>.</param>
    /// <returns>The CSV text.</returns>
    public static string Serialize(ComplianceReport report, string language = "vi")
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, sw, language);
        return sw.ToString();
    }

    internal static string Severity(FindingSeverity severity, bool en) => ReportLabels.Severity(severity).In(en ? "en" : "vi");
}
