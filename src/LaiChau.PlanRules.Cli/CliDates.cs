using System.Globalization;
using LaiChau.PlanRules.Calendar;

namespace LaiChau.PlanRules.Cli;

/// <summary>Dates on the command line: yyyy-MM-dd (or dd/MM/yyyy) within 1900-2199, and today's date in Vietnam.</summary>
internal static class CliDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>The two forms a date is written in, in words.</summary>
    public const string FormatsVi = "ngày dạng YYYY-MM-DD hoặc dd/MM/yyyy, ví dụ 2026-01-15 hoặc 15/01/2026";

    /// <inheritdoc cref="FormatsVi"/>
    public const string FormatsEn = "a date as YYYY-MM-DD or dd/MM/yyyy, for example 2026-01-15 or 15/01/2026";

    public static DateOnly? Parse(string? text, string option, Loc loc)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            if (d >= VietnameseLunarCalendar.MinSupportedDate && d <= VietnameseLunarCalendar.MaxSupportedDate) return d;
            throw new UsageException(loc.T(
                $"{option} '{text}' nằm ngoài các năm 1900-2199 mà lịch ngày làm việc bao quát.",
                $"{option} '{text}' is outside the years 1900 to 2199 that the working-day calendar covers."));
        }

        throw new UsageException(loc.T(
            $"{option} '{text}' không phải là ngày hợp lệ: cần {FormatsVi}.",
            $"{option} '{text}' is not a valid date: expected {FormatsEn}."));
    }

    /// <summary>Today's date in Vietnam (UTC+7), whatever the machine's time zone.</summary>
    public static DateOnly TodayInVietnam(TimeProvider clock) => VietnamTime.LocalDate(clock.GetUtcNow());
}
