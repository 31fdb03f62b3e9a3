using System.Globalization;

namespace LaiChau.PlanRules;

/// <summary>
/// Thrown when a plan, catalog, calendar or evidence input is malformed or inconsistent:
/// bad JSON, a wrong type, an unknown field or id, an impossible date, an input over the size
/// or depth limits. It names the file, the JSON path, the line and the column where known, so a
/// person can find the mistake; hosts catch this one type for every input error. The <see cref="Exception.Message"/>
/// is always one line: control characters and line breaks the input put in it are escaped (<c>\n</c>,
/// <c>\u001B</c>); <see cref="Reason"/> and <see cref="JsonPath"/> keep them as found.
/// </summary>
public sealed class PlanRulesInputException : Exception
{
    /// <summary>Creates the exception.</summary>
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
        : base(Compose(reason, fileName, jsonPath, lineNumber, linePosition), innerException)
    {
        Reason = reason;
        FileName = fileName;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The file or source name, if known.</summary>
    public string? FileName { get; }

    /// <summary>The JSON path of the offending value (empty for the root), if known.</summary>
    public string? JsonPath { get; }

    /// <summary>The 1-based line of the offending value, if known.</summary>
    public int? LineNumber { get; }

    /// <summary>The 1-based column of the offending value, if known.</summary>
    public int? LinePosition { get; }

    /// <summary>Returns a copy of this exception that names <paramref name="fileName"/> when it named no file.</summary>
    /// <param name="fileName">The file or source name.</param>
    /// <returns>This exception when it already names a file; otherwise a new one.</returns>
    public PlanRulesInputException WithFileName(string fileName) =>
        FileName is not null ? this : new PlanRulesInputException(Reason, fileName, JsonPath, LineNumber, LinePosition, InnerException) { CsvRow = CsvRow, CsvColumn = CsvColumn };

    /// <summary>
    /// For a CSV input (the incoming-documents register), the 1-based row of the error counting the header as
    /// row 1; null for JSON input. <see cref="LineNumber"/> is then the file line where that row starts (a quoted
    /// field may span lines).
    /// </summary>
    public int? CsvRow { get; private init; }

    /// <summary>For a CSV input, the header of the column at fault as the file writes it; null when the error concerns the whole row.</summary>
    public string? CsvColumn { get; private init; }

    /// <summary>An error in a CSV file: its row, the column header (if one column is at fault) and the line where the row starts.</summary>
    internal static PlanRulesInputException InCsv(string reason, string fileName, int row, string? column, int? lineNumber) =>
        new(reason, fileName, null, lineNumber, null, null, row, column) { CsvRow = row, CsvColumn = column };

    private PlanRulesInputException(string reason, string? fileName, string? jsonPath, int? lineNumber, int? linePosition, Exception? innerException, int row, string? column)
        : base(Compose(reason, fileName, CsvWhere(row, column), lineNumber, linePosition, csv: true), innerException)
    {
        Reason = reason;
        FileName = fileName;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    private static string CsvWhere(int row, string? column) =>
        column is null ? string.Create(CultureInfo.InvariantCulture, $"row {row}") : string.Create(CultureInfo.InvariantCulture, $"row {row}, column {column}");

    private static string Compose(string reason, string? file, string? path, int? line, int? column, bool csv = false)
    {
        var where = new List<string>(4);
        if (!string.IsNullOrEmpty(file)) where.Add(file);
        if (path is not null) where.Add(csv ? path : path.Length == 0 ? "$" : "$." + path);
        if (line is not null)
        {
            where.Add(column is not null
                ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}")
                : string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        }

        return PrintableText.Escape(where.Count == 0 ? reason : string.Join(", ", where) + ": " + reason);
    }
}
