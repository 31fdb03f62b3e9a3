using System.Globalization;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// Reads and writes <see cref="DateOnly"/> as <c>yyyy-MM-dd</c> exactly; an impossible date such as
/// <c>2025-02-30</c> is an error that says so.
/// </summary>
internal sealed class StrictDateOnlyConverter : StrictStringConverter<DateOnly>
{
    protected override LocalizedText Expected { get; } = new("một ngày (yyyy-MM-dd)", "A date (yyyy-MM-dd)");

    protected override LocalizedText Form { get; } = new("Ngày phải là một chuỗi dạng yyyy-MM-dd", "A date must be a string in the form yyyy-MM-dd");

    protected override DateOnly ParseText(string s) => Parse(s);

    protected override string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly Parse(string s)
    {
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            if (m is >= 1 and <= 12 && y >= 1)
            {
                var last = CultureInfo.InvariantCulture.Calendar.GetDaysInMonth(y, m);
                throw new LocalizedJsonException(
                    $"'{s}' không phải là ngày hợp lệ: tháng {m} năm {y} chỉ có {last} ngày.",
                    $"'{s}' is not a date: {last} is the last day of month {m} of {y}.");
            }

            throw new LocalizedJsonException($"'{s}' không phải là ngày hợp lệ: tháng phải từ 01 đến 12.", $"'{s}' is not a date: the month must be 01 to 12.");
        }

        throw new LocalizedJsonException($"'{s}' không phải là ngày dạng yyyy-MM-dd.", $"'{s}' is not a date in the form yyyy-MM-dd.");
    }
}
