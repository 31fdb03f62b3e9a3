using System.Globalization;

namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch), as computed by
/// <see cref="VietnameseLunarCalendar"/>. The lunar year is the one that begins at Tết (1/1 lunar),
/// so the 12th lunar month of year 2024 falls in January-February 2025.
/// </summary>
/// <param name="Year">The lunar year, numbered as the Gregorian year in which it begins.</param>
/// <param name="Month">The lunar month, 1 to 12; a leap month repeats the number of the month before it.</param>
/// <param name="Day">The day of the lunar month, 1 to 30.</param>
/// <param name="IsLeapMonth">Whether the month is a leap month (tháng nhuận).</param>
internal readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth)
{
    /// <summary>The lunar month, 1 to 12; a leap month repeats the number of the month before it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not from 1 to 12.</exception>
    public int Month { get; init => field = CheckMonth(value); } = CheckMonth(Month);

    /// <summary>The day of the lunar month, 1 to 30 (a lunar month has 29 or 30 days).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not from 1 to 30.</exception>
    public int Day { get; init => field = CheckDay(value); } = CheckDay(Day);

    /// <summary>
    /// The date as Vietnamese write it, day/month/year, with "nhuận" after a leap month:
    /// <c>10/3/2024</c>, <c>15/2 nhuận/2023</c>.
    /// </summary>
    /// <returns>The formatted lunar date.</returns>
    public override string ToString() => IsLeapMonth
        ? string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month} nhuận/{Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}/{Year}");

    private static int CheckMonth(int month) => month is >= 1 and <= 12
        ? month
        : throw new ArgumentOutOfRangeException(nameof(Month), month, "A lunar month is numbered from 1 to 12.");

    private static int CheckDay(int day) => day is >= 1 and <= 30
        ? day
        : throw new ArgumentOutOfRangeException(nameof(Day), day, "A lunar day is numbered from 1 to 30.");
}
