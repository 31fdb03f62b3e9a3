using System.Globalization;

namespace LaiChau.PlanRules;

/// <summary>
/// Thrown when a plan, catalog, calendar or evidence input is malformed or inconsistent:
/// bad JSON, a wrong type, an unknown field or id, an impossible date, an input over the size
/// or depth limits. It names the file, the JSON path, the line and the column where known, so a
/// person can find the mistake; hosts catch this one type for every input error. The reason comes in
/// Vietnamese (the default: <see cref="Reason"/> and <see cref="Exception.Message"/>) and in English
/// (<see cref="LocalizedReason"/>, <see cref="GetMessage(string?)"/> with <c>"en"</c>). The message
/// is always one line: control characters and line breaks the input put in it are escaped (<c>\n</c>,
/// <c>\u001B</c>); <see cref="Reason"/>, <see cref="LocalizedReason"/> and <see cref="JsonPath"/> keep them as found.
/// </summary>
public sealed class PlanRulesInputException : Exception
{
    /// <summary>Creates the exception with a reason in one language only (both languages get that text).</summary>
    /// <param name="reason">What is wrong, in one sentence, without the location.</param>
    /// <param name="fileName">The file or source name (for example <c>evidence.json</c>), if known.</param>
    /// <param name="jsonPath">The JSON path of the offending value (for example <c>reports[3].period</c>), if known.</param>
    /// <param name="lineNumber">The 1-based line, if known.</param>
    /// <param name="linePosition">The 1-based column, if known.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public PlanRulesInputException(
        string reason,
        string? fileName = null,
        string? jsonPath = null,
        int? lineNumber = null,
        int? linePosition = null,
        Exception? innerException = null)
        : this(new LocalizedText(reason, reason), fileName, jsonPath, lineNumber, linePosition, innerException)
    {
    }

    /// <summary>Creates the exception with a reason in Vietnamese and English.</summary>
    /// <param name="reason">What is wrong, in one sentence per language, without the location.</param>
    /// <param name="fileName">The file or source name (for example <c>evidence.json</c>), if known.</param>
    /// <param name="jsonPath">The JSON path of the offending value (for example <c>reports[3].period</c>), if known.</param>
    /// <param name="lineNumber">The 1-based line, if known.</param>
    /// <param name="linePosition">The 1-based column, if known.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public PlanRulesInputException(
        LocalizedText reason,
        string? fileName = null,
        string? jsonPath = null,
        int? lineNumber = null,
        int? linePosition = null,
        Exception? innerException = null)
        : base(Compose(CheckReason(reason).Vi, fileName, jsonPath, lineNumber, linePosition, null, null, "vi"), innerException)
    {
        LocalizedReason = reason;
        FileName = fileName;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>What is wrong, without the location, in Vietnamese (the default language); <see cref="LocalizedReason"/> has it in English too.</summary>
    public string Reason => LocalizedReason.Vi;

    /// <summary>What is wrong, without the location, in Vietnamese and English.</summary>
    public LocalizedText LocalizedReason { get; }

    /// <summary>The file or source name, if known.</summary>
    public string? FileName { get; }

    /// <summary>The JSON path of the offending value (empty for the root), if known.</summary>
    public string? JsonPath { get; }

    /// <summary>The 1-based line of the offending value, if known.</summary>
    public int? LineNumber { get; }

    /// <summary>The 1-based column of the offending value, if known.</summary>
    public int? LinePosition { get; }

    /// <summary>
    /// The one-line message in a language: <c>"en"</c> gives English ("line 3, column 5"), anything else
    /// Vietnamese ("dòng 3, cột 5"), which is also <see cref="Exception.Message"/>.
    /// </summary>
    /// <param name="language">A language code such as <c>"vi"</c> or <c>"en"</c>.</param>
    /// <returns>The location and the reason in that language, on one line.</returns>
    public string GetMessage(string? language) =>
        Compose(LocalizedReason.In(language), FileName, JsonPath, LineNumber, LinePosition, CsvRow, CsvColumn, language);

    /// <summary>Returns a copy of this exception that names <paramref name="fileName"/> when it named no file.</summary>
    /// <param name="fileName">The file or source name.</param>
    /// <returns>This exception when it already names a file; otherwise a new one.</returns>
    public PlanRulesInputException WithFileName(string fileName) =>
        FileName is not null ? this
        : CsvRow is { } row ? new PlanRulesInputException(LocalizedReason, fileName, LineNumber, InnerException, row, CsvColumn)
        : new PlanRulesInputException(LocalizedReason, fileName, JsonPath, LineNumber, LinePosition, InnerException);

    /// <summary>
    /// For a CSV input (the incoming-documents register), the 1-based row of the error counting the header as
    /// row 1; null for JSON input. <see cref="LineNumber"/> is then the file line where that row starts (a quoted
    /// field may span lines).
    /// </summary>
    public int? CsvRow { get; }

    /// <summary>For a CSV input, the header of the column at fault as the file writes it; null when the error concerns the whole row.</summary>
    public string? CsvColumn { get; }

    /// <summary>An error in a CSV file: its row, the column header (if one column is at fault) and the line where the row starts.</summary>
    internal static PlanRulesInputException InCsv(LocalizedText reason, string fileName, int row, string? column, int? lineNumber) =>
        new(reason, fileName, lineNumber, null, row, column);

    private PlanRulesInputException(LocalizedText reason, string? fileName, int? lineNumber, Exception? innerException, int row, string? column)
        : base(Compose(CheckReason(reason).Vi, fileName, null, lineNumber, null, row, column, "vi"), innerException)
    {
        LocalizedReason = reason;
        FileName = fileName;
        LineNumber = lineNumber;
        CsvRow = row;
        CsvColumn = column;
    }

    /// <summary>The error for a file the system would not let the library read (the detail is the system's own text).</summary>
    internal static PlanRulesInputException CannotRead(string path, Exception e) =>
        new(new LocalizedText($"Không đọc được tệp: {e.Message}", $"Cannot read the file: {e.Message}"), path, innerException: e);

    /// <summary>
    /// The reason for a value a public constructor refused with an <see cref="ArgumentException"/>: its Vietnamese
    /// when it gave one (<see cref="LocalizedArgument"/>), otherwise its English message in a Vietnamese frame.
    /// </summary>
    internal static LocalizedText Refused(ArgumentException e)
    {
        var en = e.ParamName is { } p ? e.Message.Replace($" (Parameter '{p}')", string.Empty, StringComparison.Ordinal) : e.Message;
        return new LocalizedText(LocalizedArgument.Vietnamese(e) ?? "Giá trị không hợp lệ (" + en.TrimEnd('.') + ").", en);
    }

    private static LocalizedText CheckReason(LocalizedText reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason;
    }

    private static string Compose(string reason, string? file, string? path, int? line, int? column, int? csvRow, string? csvColumn, string? language)
    {
        var en = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var where = new List<string>(4);
        if (!string.IsNullOrEmpty(file)) where.Add(file);
        if (csvRow is { } row)
        {
            var rowText = string.Create(CultureInfo.InvariantCulture, $"{(en ? "row" : "hàng")} {row}");
            where.Add(csvColumn is null ? rowText : rowText + (en ? ", column " : ", cột ") + csvColumn);
        }
        else if (path is not null)
        {
            where.Add(path.Length == 0 ? "$" : "$." + path);
        }

        if (line is not null)
        {
            where.Add(column is not null
                ? string.Create(CultureInfo.InvariantCulture, $"{(en ? "line" : "dòng")} {line}, {(en ? "column" : "cột")} {column}")
                : string.Create(CultureInfo.InvariantCulture, $"{(en ? "line" : "dòng")} {line}"));
        }

        return PrintableText.Escape(where.Count == 0 ? reason : string.Join(", ", where) + ": " + reason);
    }
}
