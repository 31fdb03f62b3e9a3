using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// The working days of Vietnamese state bodies (cơ quan hành chính nhà nước), which work Monday to
/// Friday. A working day is a Monday-Friday that is not a day off, or a Saturday/Sunday listed as a
/// <see cref="WorkingWeekendDay"/> (worked in exchange for a swapped day off).
/// <para>
/// Each year's schedule is either announced data (built in for 2024-2026, or given by the host
/// through <see cref="CalendarOverrides"/>) or, for any other year, computed by one provisional rule
/// from the Labour Code (Art. 112(1) holidays, Art. 111(3) compensation, lunar dates from
/// <see cref="VietnameseLunarCalendar"/>); see <see cref="IsProvisional"/> and
/// <c>docs/calendar-file.md</c>. Supported years: 1900 to 2199; a date outside them throws
/// <see cref="ArgumentOutOfRangeException"/>.
/// </para>
/// <para>
/// Immutable and thread-safe: a year is computed on first use and cached for the life of the
/// calendar; after that <see cref="IsWorkingDay"/> is a bit test that allocates nothing.
/// </para>
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>The manifest name of the built-in data (the same format as a calendar file).</summary>
    internal const string BuiltInResourceName = "LaiChau.PlanRules.Data.vietnam-working-days.json";

    private static readonly int MinYear = VietnameseLunarCalendar.MinSupportedDate.Year;
    private static readonly int MaxYear = VietnameseLunarCalendar.MaxSupportedDate.Year;

    private readonly YearSchedule?[] _years;

    private WorkingDayCalendar(CalendarOverrides overrides)
    {
        Overrides = overrides;
        _years = new YearSchedule?[MaxYear - MinYear + 1];
    }

    /// <summary>
    /// The calendar of Vietnamese state bodies: the announced schedules of 2024, 2025 and 2026 built
    /// in (each entry with its source and confidence), and the provisional rule for every other year.
    /// </summary>
    public static WorkingDayCalendar Vietnam { get; } = new(LoadBuiltIn());

    /// <summary>
    /// The data applied over the provisional rule: for <see cref="Vietnam"/>, the built-in announced
    /// years; after <see cref="WithOverrides"/>, those merged with the host's overrides.
    /// </summary>
    public CalendarOverrides Overrides { get; }

    /// <summary>
    /// Returns a calendar with <paramref name="overrides"/> applied over this one's data (they win;
    /// see <see cref="CalendarOverrides.Merge"/>). This calendar is unchanged.
    /// </summary>
    /// <param name="overrides">The host's additions and changes.</param>
    /// <returns>A new calendar.</returns>
    public WorkingDayCalendar WithOverrides(CalendarOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return new WorkingDayCalendar(Overrides.Merge(overrides));
    }

    /// <summary>
    /// Whether state bodies work on <paramref name="date"/>. O(1) and allocation-free once the year is
    /// cached (the first call for a year computes it).
    /// </summary>
    /// <param name="date">A date from 1900 to 2199.</param>
    /// <returns>True for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900-2199.</exception>
    public bool IsWorkingDay(DateOnly date) => Schedule(date.Year).IsWorking(date.DayOfYear);

    /// <summary>
    /// The day off on <paramref name="date"/>: a holiday, a compensatory or swapped day, or a weekend day
    /// listed inside a holiday break. Null for working days and for plain weekends.
    /// </summary>
    /// <param name="date">A date from 1900 to 2199.</param>
    /// <returns>The day off, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900-2199.</exception>
    public DayOff? DayOffOn(DateOnly date) => Schedule(date.Year).DayOffOn(date);

    /// <summary>The working weekend day on <paramref name="date"/>, or null when the date is not one.</summary>
    /// <param name="date">A date from 1900 to 2199.</param>
    /// <returns>The working weekend day, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900-2199.</exception>
    public WorkingWeekendDay? WorkingWeekendDayOn(DateOnly date) => Schedule(date.Year).WorkingWeekendDayOn(date);

    /// <summary>
    /// True when the schedule of <paramref name="year"/> is computed by the provisional rule from the
    /// law (its entries are <see cref="Confidence.Unconfirmed"/>), false when it is announced data
    /// (built in, or an announced year of the overrides).
    /// </summary>
    /// <param name="year">A year from 1900 to 2199.</param>
    /// <returns>Whether the year is provisional.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900-2199.</exception>
    public bool IsProvisional(int year) => Schedule(year).IsProvisional;

    /// <summary>
    /// The <paramref name="count"/>-th working day strictly after <paramref name="date"/>: the first day is
    /// not counted (Civil Code 2015 Art. 147). Two working days after Saturday 14/12/2024 is Tuesday 17/12/2024.
    /// </summary>
    /// <param name="date">The start date (not counted); need not be a working day.</param>
    /// <param name="count">How many working days to count; 0 returns <paramref name="date"/> unchanged.</param>
    /// <returns>The date reached, always a working day when <paramref name="count"/> is positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or the count runs past 2199.</exception>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count--;
            }
        }

        return day;
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day strictly before <paramref name="date"/>, the inverse of
    /// <see cref="AddWorkingDays"/> for a working <paramref name="date"/>.
    /// </summary>
    /// <param name="date">The start date (not counted).</param>
    /// <param name="count">How many working days to count back; 0 returns <paramref name="date"/> unchanged.</param>
    /// <returns>The date reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or the count runs before 1900.</exception>
    public DateOnly SubtractWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        while (count > 0)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                count--;
            }
        }

        return day;
    }

    /// <summary>
    /// <paramref name="date"/> itself when it is a working day, otherwise the next working day: a
    /// deadline that falls on a weekend or holiday ends on the next working day (Civil Code 2015
    /// Art. 148(5)). Saturday 25/1/2025 rolls to Monday 3/2/2025, after Tết.
    /// </summary>
    /// <param name="date">A date from 1900 to 2199.</param>
    /// <returns>The first working day on or after the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The search runs past 2199.</exception>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// The days from <paramref name="fromInclusive"/> to <paramref name="toInclusive"/> that are not working
    /// days (weekends and days off), in date order: what a deadline calculation skipped, for explanations.
    /// An empty range (<paramref name="toInclusive"/> before <paramref name="fromInclusive"/>) gives an empty list.
    /// </summary>
    /// <param name="fromInclusive">The first date of the range.</param>
    /// <param name="toInclusive">The last date of the range.</param>
    /// <returns>The non-working days, sorted.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range reaches outside 1900-2199.</exception>
    public IReadOnlyList<DateOnly> NonWorkingDaysBetween(DateOnly fromInclusive, DateOnly toInclusive)
    {
        var result = new List<DateOnly>();
        for (var day = fromInclusive; day <= toInclusive; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                result.Add(day);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>
    /// The days off of <paramref name="year"/>, sorted by date, including weekend days listed inside
    /// a holiday break (they are not working days in any case).
    /// </summary>
    /// <param name="year">A year from 1900 to 2199.</param>
    /// <returns>The days off.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900-2199.</exception>
    public IReadOnlyList<DayOff> DaysOff(int year) => Schedule(year).DaysOff;

    /// <summary>The Saturdays and Sundays worked in <paramref name="year"/>, sorted by date.</summary>
    /// <param name="year">A year from 1900 to 2199.</param>
    /// <returns>The working weekend days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900-2199.</exception>
    public IReadOnlyList<WorkingWeekendDay> WorkingWeekendDays(int year) => Schedule(year).WorkingWeekendDays;

    private YearSchedule Schedule(int year)
    {
        uint index = (uint)(year - MinYear);
        if (index >= (uint)_years.Length)
        {
            ThrowYearOutOfRange(year);
        }

        return Volatile.Read(ref _years[index]) ?? BuildYear(year, index);
    }

    private YearSchedule BuildYear(int year, uint index)
    {
        // Two threads may build the same year at once; both results are equal and the first one
        // stored wins, so every caller sees one instance.
        var built = YearSchedule.Build(year, Overrides);
        return Interlocked.CompareExchange(ref _years[index], built, null) ?? built;
    }

    [DoesNotReturn]
    private static void ThrowYearOutOfRange(int year) =>
        throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture,
            $"The working-day calendar covers the years {MinYear} to {MaxYear}."));

    private static CalendarOverrides LoadBuiltIn()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"The built-in calendar data '{BuiltInResourceName}' is missing from the assembly.");
        return CalendarOverrides.Load(stream, BuiltInResourceName);
    }
}
