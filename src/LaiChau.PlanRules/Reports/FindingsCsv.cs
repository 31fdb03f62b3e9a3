using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// Writes a report's findings as CSV for a spreadsheet (docs/report-format.md, "CSV"): one row per finding,
/// RFC 4180 quoting, CRLF line ends, dates dd/MM/yyyy, headers and messages in Vietnamese (default) or English; the last
/// column says "minh họa" on every row of an illustrative report.
/// Written to a stream it is UTF-8 with a byte-order mark, so Excel keeps the diacritics. A cell that a
/// spreadsheet would read as a formula (it begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return) gets a leading <c>'</c> (OWASP "CSV injection"); a lone <c>-</c> and numbers are written as they are.
/// </summary>
public static class FindingsCsv
{
    private static readonly string[] HeadersVi = ["Mã", "Mức độ", "Cơ quan", "Kỳ", "Điều khoản", "Hạn", "Hạn giả định", "Chứng cứ", "Nội dung", "Mã phát hiện", "Minh họa"];
    private static readonly string[] HeadersEn = ["Code", "Severity", "Body", "Period", "Clause", "Due", "Assumed deadline", "Evidence", "Message", "Finding id", "Illustrative"];

    /// <summary>Writes the findings to a stream as UTF-8 with a byte-order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="language"><c>vi</c> (default) or <c>en</c>.</param>
    public static void Write(ComplianceReport report, Stream stream, string language = "vi") => Write(report, stream, language, ',');

    /// <summary>Writes the findings to a stream as UTF-8 with a byte-order mark, fields separated by <paramref name="separator"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="language"><c>vi</c> or <c>en</c>.</param>
    /// <param name="separator"><c>,</c> (RFC 4180), or <c>;</c>, which Excel expects where the decimal separator is a comma (a Vietnamese locale), or a tab.</param>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not <c>,</c>, <c>;</c> or a tab.</exception>
    public static void Write(ComplianceReport report, Stream stream, string language, char separator)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        CheckSeparator(separator);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 4096, leaveOpen: true);
        Write(report, writer, language, separator);
    }

    /// <summary>Writes the findings to a writer (its encoding decides the byte-order mark).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer; not closed.</param>
    /// <param name="language"><c>vi</c> (default) or <c>en</c>.</param>
    public static void Write(ComplianceReport report, TextWriter writer, string language = "vi") => Write(report, writer, language, ',');

    /// <summary>Writes the findings to a writer, fields separated by <paramref name="separator"/> (its encoding decides the byte-order mark).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer; not closed.</param>
    /// <param name="language"><c>vi</c> or <c>en</c>.</param>
    /// <param name="separator"><c>,</c> (RFC 4180), <c>;</c> (Excel with a Vietnamese locale) or a tab.</param>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not <c>,</c>, <c>;</c> or a tab.</exception>
    public static void Write(ComplianceReport report, TextWriter writer, string language, char separator)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        CheckSeparator(separator);
        var en = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        Rfc4180.WriteRecord(writer, en ? HeadersEn : HeadersVi, separator);
        foreach (var f in report.Findings)
        {
            Rfc4180.WriteRecord(writer, new string?[]
            {
                f.Code,
                Severity(f.Severity, en),
                f.BodyName ?? f.BodyId,
                f.PeriodLabel?.In(en ? "en" : "vi"),
                f.ClausePath,
                f.DueOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                f.IsDueAssumed ? (en ? "yes" : "có") : string.Empty,
                string.Join("; ", f.EvidenceIds),
                f.Message.In(en ? "en" : "vi"),
                f.Id,
                report.Illustrative ? ReportLabels.Illustrative.In(en ? "en" : "vi") : string.Empty,
            }.Select(FormulaSafe), separator);
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

    private static void CheckSeparator(char separator)
    {
        if (separator is not (',' or ';' or '\t')) throw new ArgumentOutOfRangeException(nameof(separator), separator, "The CSV separator must be ',', ';' or a tab.");
    }

    internal static string Severity(FindingSeverity severity, bool en) => ReportLabels.Severity(severity).In(en ? "en" : "vi");

    /// <summary>
    /// The cell as a spreadsheet shows it as text: a leading <c>'</c> when it begins with a character that starts a
    /// formula (<c>= + - @</c>, tab, carriage return), unless it is a lone <c>-</c> placeholder or a number.
    /// </summary>
    internal static string? FormulaSafe(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && cell != "-" && !IsNumber(cell) ? "'" + cell : cell;

    // A plain decimal number (optional sign, digits, one optional '.' or ',' with digits): no exponent, no NaN.
    private static bool IsNumber(string cell)
    {
        var i = cell[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var separators = 0;
        for (; i < cell.Length; i++)
        {
            if (char.IsAsciiDigit(cell[i])) digits++;
            else if (cell[i] is '.' or ',' && digits > 0 && separators++ == 0 && i + 1 < cell.Length) continue;
            else return false;
        }

        return digits > 0;
    }
}
