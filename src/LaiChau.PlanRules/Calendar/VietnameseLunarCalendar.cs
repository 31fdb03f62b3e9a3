using System.Globalization;

namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed for Vietnam's meridian, UTC+7, from
/// published astronomical formulas (the true new moons and the Sun's longitude of Meeus,
/// <i>Astronomical Algorithms</i>) and the rules of the calendar as Hồ Ngọc Đức describes them:
/// <list type="bullet">
/// <item>a month begins on the day (at UTC+7) that contains the new moon;</item>
/// <item>the month that contains the winter solstice (the Sun at 270°) is the 11th month;</item>
/// <item>when 13 months begin between two 11th months, the first month after the 11th in which the
/// Sun enters no new 30° sign (no major solar term, trung khí) is the leap month and repeats the
/// number of the month before it.</item>
/// </list>
/// <para>
/// .NET's <see cref="ChineseLunisolarCalendar"/> reckons at UTC+8 and gives other dates in some
/// years (Tết 1985 is 21/1/1985 in Vietnam and 20/2/1985 in China; Tết 2007 is 17/2/2007 in Vietnam
/// and 18/2/2007 in China); it is not used. Vietnam adopted UTC+7 for its calendar in 1967, so for
/// earlier years this class gives the UTC+7 reckoning, not necessarily the historical almanac.
/// </para>
/// <para>
/// Supported range: Gregorian dates from <see cref="MinSupportedDate"/> (1/1/1900) to
/// <see cref="MaxSupportedDate"/> (31/12/2199), in both directions; anything outside throws
/// <see cref="ArgumentOutOfRangeException"/>. The table is computed once, on first use, and is
/// thread-safe; afterwards every conversion is a table look-up and allocates nothing.
/// </para>
/// </summary>
internal static class VietnameseLunarCalendar
{
    /// <summary>The first supported Gregorian date: 1 January 1900.</summary>
    public static DateOnly MinSupportedDate { get; } = new(1900, 1, 1);

    /// <summary>The last supported Gregorian date: 31 December 2199.</summary>
    public static DateOnly MaxSupportedDate { get; } = new(2199, 12, 31);

    /// <summary>
    /// The date of Tết (the 1st day of the 1st lunar month) that falls in <paramref name="gregorianYear"/>:
    /// 10/2/2024, 29/1/2025, 17/2/2026, 6/2/2027.
    /// </summary>
    /// <param name="gregorianYear">A Gregorian year from 1900 to 2199.</param>
    /// <returns>The Gregorian date of Tết in that year (always between 21 January and 20 February).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900-2199.</exception>
    public static DateOnly LunarNewYear(int gregorianYear)
    {
        if (gregorianYear < MinSupportedDate.Year || gregorianYear > MaxSupportedDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(gregorianYear), gregorianYear,
                "The Vietnamese lunar calendar is supported for the years 1900 to 2199.");
        }

        return DateOnly.FromDayNumber(LunarTable.Starts[LunarTable.FirstMonthIndex(gregorianYear)]);
    }

    /// <summary>
    /// Converts a lunar date to its Gregorian date: <c>ToSolar(2025, 3, 10)</c> (Giỗ Tổ Hùng Vương) is 7/4/2025.
    /// </summary>
    /// <param name="lunarYear">The lunar year (numbered as the Gregorian year in which it begins).</param>
    /// <param name="lunarMonth">The lunar month, 1 to 12.</param>
    /// <param name="lunarDay">The day of the month, 1 to 29 or 30 depending on the month.</param>
    /// <param name="isLeapMonth">True for the leap month that repeats <paramref name="lunarMonth"/>.</param>
    /// <returns>The Gregorian date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The month or day does not exist (a 30th day in a 29-day month, a leap month in a year without
    /// that leap month), or the date falls outside the supported range.
    /// </exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false)
    {
        if (lunarMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "A lunar month is numbered from 1 to 12.");
        }

        if (lunarDay is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, "A lunar day is numbered from 1 to 30.");
        }

        if (lunarYear < MinSupportedDate.Year - 1 || lunarYear > MaxSupportedDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear,
                "The Vietnamese lunar calendar is supported for dates from 1900-01-01 to 2199-12-31.");
        }

        int index = LunarTable.FindMonth(lunarYear, lunarMonth, isLeapMonth);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(isLeapMonth), isLeapMonth, string.Create(CultureInfo.InvariantCulture,
                $"Lunar year {lunarYear} has no leap month {lunarMonth}."));
        }

        int start = LunarTable.Starts[index];
        int length = LunarTable.Starts[index + 1] - start;
        if (lunarDay > length)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, string.Create(CultureInfo.InvariantCulture,
                $"Lunar month {lunarMonth}{(isLeapMonth ? " (leap)" : string.Empty)} of {lunarYear} has {length} days."));
        }

        var date = DateOnly.FromDayNumber(start + lunarDay - 1);
        if (date < MinSupportedDate || date > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, string.Create(CultureInfo.InvariantCulture,
                $"The lunar date {lunarDay}/{lunarMonth}/{lunarYear} falls on {date:yyyy-MM-dd}, outside the supported range 1900-01-01 to 2199-12-31."));
        }

        return date;
    }

    /// <summary>Converts a Gregorian date to its Vietnamese lunar date: 10/2/2024 is 1/1/2024 lunar.</summary>
    /// <param name="date">A Gregorian date from 1/1/1900 to 31/12/2199.</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static LunarDate FromSolar(DateOnly date)
    {
        if (date < MinSupportedDate || date > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                "The Vietnamese lunar calendar is supported for dates from 1900-01-01 to 2199-12-31.");
        }

        int day = date.DayNumber;
        int index = Array.BinarySearch(LunarTable.Starts, day);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var info = LunarTable.Months[index];
        return new LunarDate(info.Year, info.Month, day - LunarTable.Starts[index] + 1, info.IsLeap);
    }

    /// <summary>The leap month of a lunar year, if it has one: 2 for 2023, 6 for 2025, none for 2024.</summary>
    /// <param name="lunarYear">A lunar year from 1900 to 2199.</param>
    /// <returns>The number of the month that is repeated as a leap month, or null when the year has 12 months.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900-2199.</exception>
    public static int? LeapMonth(int lunarYear)
    {
        if (lunarYear < MinSupportedDate.Year || lunarYear > MaxSupportedDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear,
                "The Vietnamese lunar calendar is supported for the years 1900 to 2199.");
        }

        for (int i = LunarTable.FirstMonthIndex(lunarYear); i < LunarTable.Months.Length && LunarTable.Months[i].Year == lunarYear; i++)
        {
            if (LunarTable.Months[i].IsLeap)
            {
                return LunarTable.Months[i].Month;
            }
        }

        return null;
    }

    /// <summary>
    /// The lunar months from the 11th month of lunar 1898 to the month before the 11th month of lunar
    /// 2200, computed once by the type initializer (which the runtime runs once, thread-safely).
    /// </summary>
    private static class LunarTable
    {
        /// <summary>Start day (DayNumber) of each month; one more entry than <see cref="Months"/>: the end of the last month.</summary>
        public static readonly int[] Starts;

        /// <summary>Year, number and leap flag of each month.</summary>
        public static readonly MonthInfo[] Months;

        private static readonly int FirstLunarYear;
        private static readonly int[] FirstMonthByYear;

        static LunarTable()
        {
            // Lunations from about October 1898 to March 2201: enough to find the 11th months of
            // 1898 to 2200 and the month after the last of them.
            int kFirst = (int)Math.Floor((JulianDay(new DateOnly(1898, 10, 1)) - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth);
            int kLast = (int)Math.Ceiling((JulianDay(new DateOnly(2201, 3, 1)) - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth);
            int n = kLast - kFirst + 1;
            var newMoonDays = new int[n];
            var longitudes = new double[n];
            for (int i = 0; i < n; i++)
            {
                newMoonDays[i] = LunarAstronomy.NewMoonDayNumber(kFirst + i);
                longitudes[i] = LunarAstronomy.SunLongitudeAtLocalMidnight(newMoonDays[i]);
            }

            // The 11th months: the month during which the Sun reaches 270° (winter solstice).
            var elevenths = new List<int>();
            for (int i = 0; i + 1 < n; i++)
            {
                if (longitudes[i] is > 180 and < 270 && longitudes[i + 1] >= 270)
                {
                    elevenths.Add(i);
                }
            }

            var starts = new List<int>();
            var months = new List<MonthInfo>();
            for (int c = 0; c + 1 < elevenths.Count; c++)
            {
                int a = elevenths[c], b = elevenths[c + 1];
                int year11 = DateOnly.FromDayNumber(newMoonDays[a]).Year;
                int count = b - a;
                int leap = -1;
                if (count == 13)
                {
                    for (int j = 1; j <= 12 && leap < 0; j++)
                    {
                        if (Sign(longitudes[a + j]) == Sign(longitudes[a + j + 1]))
                        {
                            leap = j;
                        }
                    }
                }
                else if (count != 12)
                {
                    throw new InvalidOperationException("Internal error: a lunar year must have 12 or 13 months.");
                }

                for (int j = 0; j < count; j++)
                {
                    int offset = leap >= 0 && j >= leap ? j - 1 : j;
                    int month = (10 + offset) % 12 + 1;
                    int year = month >= 11 && offset < 2 ? year11 : year11 + 1;
                    starts.Add(newMoonDays[a + j]);
                    months.Add(new MonthInfo(year, month, j == leap));
                }
            }

            starts.Add(newMoonDays[elevenths[^1]]);
            Starts = [.. starts];
            Months = [.. months];

            FirstLunarYear = Months[0].Year + 1;
            int lastYear = Months[^1].Year;
            FirstMonthByYear = new int[lastYear - FirstLunarYear + 1];
            for (int i = 0; i < Months.Length; i++)
            {
                if (Months[i] is { Month: 1, IsLeap: false } m && m.Year >= FirstLunarYear)
                {
                    FirstMonthByYear[m.Year - FirstLunarYear] = i;
                }
            }
        }

        /// <summary>The index of month 1 of <paramref name="lunarYear"/> (1899 to 2200).</summary>
        public static int FirstMonthIndex(int lunarYear) => FirstMonthByYear[lunarYear - FirstLunarYear];

        /// <summary>The index of the given month, or -1 when the year has no such (leap) month.</summary>
        public static int FindMonth(int lunarYear, int month, bool isLeap)
        {
            // Months 11 and 12 (and a leap 11 or 12) of a year come after its 10th month; all are
            // found by walking forward from month 1, at most 13 steps.
            for (int i = FirstMonthIndex(lunarYear); i < Months.Length && Months[i].Year == lunarYear; i++)
            {
                if (Months[i].Month == month && Months[i].IsLeap == isLeap)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int Sign(double longitude) => (int)(longitude / 30.0);

        private static double JulianDay(DateOnly date) => date.DayNumber + LunarAstronomy.JulianDayOfDayNumberZero;
    }

    private readonly record struct MonthInfo(int Year, int Month, bool IsLeap);
}
