using System.Globalization;

namespace LaiChau.PlanRules.Cli;

/// <summary>Dates on the command line: yyyy-MM-dd (or dd/MM/yyyy), and today's date in Vietnam.</summary>
internal static class CliDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static DateOnly? Parse(string? text, string option, Loc loc)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new UsageException(loc.T(
            $"{option} '{text}' không phải là ngày hợp lệ: viết YYYY-MM-DD, ví dụ 2025-12-16.",
            $"{option} '{text}' is not a valid date: write YYYY-MM-DD, for example 2025-12-16."));
    }

    /// <summary>Today's date in Vietnam (UTC+7), whatever the machine's time zone.</summary>
    public static DateOnly TodayInVietnam(TimeProvider clock) => VietnamTime.LocalDate(clock.GetUtcNow());
}
