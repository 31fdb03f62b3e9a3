using System.Globalization;
using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Documents;

/// <summary>
/// Dates as Vietnamese documents write them (Decree 30/2020/NĐ-CP): in full,
/// "ngày 09 tháng 7 năm 2024", with a leading zero for days below 10 and for months 1 and 2 only;
/// in citations, "09/7/2024" by the same rule; in the user interface, "09/07/2024". Culture-invariant:
/// the host's culture never matters.
/// </summary>
public static partial class VietnameseDateFormat
{
    /// <summary>Text longer than this is not a date (the longest form, "ngày 28 tháng 02 năm 2025", has 25 characters).</summary>
    private const int MaxLength = 64;

    /// <summary>The citation form: <c>09/7/2024</c>, <c>28/02/2025</c>, <c>24/11/2023</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Day with a leading zero below 10, month with a leading zero for January and February only, four-digit year.</returns>
    public static string Citation(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{Month(date)}/{date.Year:0000}");

    /// <summary>The full form of a document's date line: <c>ngày 09 tháng 7 năm 2024</c>, <c>ngày 05 tháng 02 năm 2025</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date in words, with the leading zeros of <see cref="Citation"/>.</returns>
    public static string Full(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {Month(date)} năm {date.Year:0000}");

    /// <summary>The user-interface form, dd/MM/yyyy: <c>09/07/2024</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Two-digit day and month, four-digit year.</returns>
    public static string Display(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}");

    /// <summary>
    /// Parses a date in any of the forms above, with or without leading zeros and with or without a
    /// leading "ngày": <c>09/7/2024</c>, <c>9/7/2024</c>, <c>09/07/2024</c>, <c>ngày 09/7/2024</c>,
    /// <c>ngày 09 tháng 7 năm 2024</c>, <c>ngày 9 tháng 7 năm 2024</c>, <c>09 tháng 7 năm 2024</c>.
    /// The words may be in NFC or NFD and any letter case; the year has four digits. Dates that do
    /// not exist (<c>30/02/2025</c>) are rejected.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="date">The date, or <c>default</c> when the text is not one.</param>
    /// <returns>True when <paramref name="text"/> is a date that exists.</returns>
    public static bool TryParse(string text, out DateOnly date) => TryParse(text, out date, out _);

    /// <summary>Like <see cref="TryParse(string, out DateOnly)"/>, also telling a well-formed but impossible date from text that is no date.</summary>
    internal static bool TryParse(string? text, out DateOnly date, out bool impossible)
    {
        date = default;
        impossible = false;
        if (text is null || text.Length > MaxLength || !VietnameseText.TryNormalize(text, out var nfc, out _)) return false;

        var match = NumericForm().Match(nfc);
        if (!match.Success) match = WordForm().Match(nfc);
        if (!match.Success) return false;

        var day = int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            impossible = true;
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static string Month(DateOnly date) =>
        date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?:ngày\s+)?(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericForm();

    [GeneratedRegex(@"^\s*(?:ngày\s+)?(?<d>[0-9]{1,2})\s+tháng\s+(?<m>[0-9]{1,2})\s+năm\s+(?<y>[0-9]{4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordForm();
}
