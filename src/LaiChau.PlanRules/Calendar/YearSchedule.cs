namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// One Gregorian year of a <see cref="WorkingDayCalendar"/>, computed once: the working-day bitmap
/// (one bit per day of the year, read without allocation) and the days off and working weekend days
/// behind it. Immutable once built, so it can be shared by every thread.
/// </summary>
internal sealed class YearSchedule
{
    private readonly ulong[] _working;
    private readonly Dictionary<DateOnly, DayOff> _daysOffByDate;
    private readonly Dictionary<DateOnly, WorkingWeekendDay> _workingWeekendByDate;

    private YearSchedule(int year, bool isProvisional, Dictionary<DateOnly, DayOff> daysOff, Dictionary<DateOnly, WorkingWeekendDay> workingWeekendDays)
    {
        Year = year;
        IsProvisional = isProvisional;
        _daysOffByDate = daysOff;
        _workingWeekendByDate = workingWeekendDays;
        DaysOff = daysOff.Values.OrderBy(d => d.Date).ToArray().AsReadOnly();
        WorkingWeekendDays = workingWeekendDays.Values.OrderBy(d => d.Date).ToArray().AsReadOnly();

        _working = new ulong[6];
        var first = new DateOnly(year, 1, 1);
        int days = DateTime.IsLeapYear(year) ? 366 : 365;
        for (int i = 0; i < days; i++)
        {
            var date = first.AddDays(i);
            bool working = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
                ? workingWeekendDays.ContainsKey(date)
                : !daysOff.ContainsKey(date);
            if (working)
            {
                _working[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    /// <summary>The Gregorian year.</summary>
    public int Year { get; }

    /// <summary>True when the year's schedule comes from the provisional rule, not from announced data.</summary>
    public bool IsProvisional { get; }

    /// <summary>The days off, sorted by date.</summary>
    public IReadOnlyList<DayOff> DaysOff { get; }

    /// <summary>The working weekend days, sorted by date.</summary>
    public IReadOnlyList<WorkingWeekendDay> WorkingWeekendDays { get; }

    /// <summary>Whether the day <paramref name="dayOfYear"/> (1-based) is a working day.</summary>
    public bool IsWorking(int dayOfYear)
    {
        int i = dayOfYear - 1;
        return (_working[i >> 6] & (1UL << (i & 63))) != 0;
    }

    /// <summary>The day off on <paramref name="date"/>, if any.</summary>
    public DayOff? DayOffOn(DateOnly date) => _daysOffByDate.GetValueOrDefault(date);

    /// <summary>The working weekend day on <paramref name="date"/>, if any.</summary>
    public WorkingWeekendDay? WorkingWeekendDayOn(DateOnly date) => _workingWeekendByDate.GetValueOrDefault(date);

    /// <summary>
    /// Builds the schedule of <paramref name="year"/>: the provisional rule unless
    /// <paramref name="overrides"/> announces the year, then the overrides' removals, added days off and
    /// working weekend days, in that order (a later step replaces an earlier one on the same date).
    /// </summary>
    public static YearSchedule Build(int year, CalendarOverrides overrides)
    {
        bool announced = overrides.IsAnnounced(year);
        var daysOff = new Dictionary<DateOnly, DayOff>();
        var working = new Dictionary<DateOnly, WorkingWeekendDay>();
        if (!announced)
        {
            foreach (var day in ProvisionalHolidayRule.DaysOff(year))
            {
                daysOff[day.Date] = day;
            }
        }

        foreach (var date in overrides.RemovalsIn(year))
        {
            daysOff.Remove(date);
            working.Remove(date);
        }

        foreach (var day in overrides.DaysOffIn(year))
        {
            daysOff[day.Date] = day;
            working.Remove(day.Date);
        }

        foreach (var day in overrides.WorkingWeekendDaysIn(year))
        {
            working[day.Date] = day;
            daysOff.Remove(day.Date);
        }

        return new YearSchedule(year, !announced, daysOff, working);
    }
}
