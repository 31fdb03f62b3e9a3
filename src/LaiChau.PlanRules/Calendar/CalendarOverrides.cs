using System.Globalization;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// What a host adds to or changes in a <see cref="WorkingDayCalendar"/>: days off to add, days off to
/// remove, weekend days to work, and whole announced years. Apply with
/// <see cref="WorkingDayCalendar.WithOverrides"/>; read from a file with <see cref="Load"/>
/// (format: <c>docs/calendar-file.md</c>). Immutable; validated on construction.
/// <para>
/// Meaning, for a year Y: when Y is one of <see cref="AnnouncedYears"/>, the provisional rule and
/// any earlier data for Y are switched off and only these entries apply; otherwise these entries
/// change the schedule Y already has. <see cref="RemoveDaysOff"/> makes a date an ordinary day
/// (a weekday works, a weekend day rests): a day off or working weekend day already on it is
/// dropped. An added day off or working weekend day replaces whatever was on its date.
/// </para>
/// </summary>
public sealed class CalendarOverrides
{
    private readonly DayOff[] _addDaysOff;
    private readonly DateOnly[] _removeDaysOff;
    private readonly WorkingWeekendDay[] _workingWeekendDays;
    private readonly int[] _announcedYears;
    private readonly HashSet<int> _announced;

    /// <summary>Creates overrides; every list may be empty or null.</summary>
    /// <param name="addDaysOff">Days off to add (or to put in place of what a date had).</param>
    /// <param name="removeDaysOff">Dates that become ordinary days.</param>
    /// <param name="workingWeekendDays">Saturdays and Sundays to work.</param>
    /// <param name="announcedYears">Years whose whole schedule these overrides give.</param>
    /// <exception cref="ArgumentNullException">A list holds a null entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or year is outside 1900-2199.</exception>
    /// <exception cref="ArgumentException">
    /// A date or year is listed twice, or a date is in two lists (both added and removed, both a day
    /// off and a working weekend day).
    /// </exception>
    public CalendarOverrides(
        IEnumerable<DayOff>? addDaysOff = null,
        IEnumerable<DateOnly>? removeDaysOff = null,
        IEnumerable<WorkingWeekendDay>? workingWeekendDays = null,
        IEnumerable<int>? announcedYears = null)
    {
        var adds = addDaysOff?.ToArray() ?? [];
        var removes = removeDaysOff?.ToArray() ?? [];
        var workings = workingWeekendDays?.ToArray() ?? [];
        var years = announcedYears?.ToArray() ?? [];
        if (FindProblem(adds, removes, workings, years) is { } problem)
        {
            throw problem.Kind switch
            {
                ProblemKind.Null => new ArgumentNullException(problem.ParameterName, problem.Message),
                ProblemKind.OutOfRange => new ArgumentOutOfRangeException(problem.ParameterName, problem.Message),
                _ => new ArgumentException(problem.Message, problem.ParameterName),
            };
        }

        _addDaysOff = [.. adds.OrderBy(d => d.Date)];
        _removeDaysOff = [.. removes.Order()];
        _workingWeekendDays = [.. workings.OrderBy(d => d.Date)];
        _announcedYears = [.. years.Order()];
        _announced = [.. years];
    }

    /// <summary>No overrides.</summary>
    public static CalendarOverrides Empty { get; } = new();

    /// <summary>Days off to add, sorted by date.</summary>
    public IReadOnlyList<DayOff> AddDaysOff => _addDaysOff.AsReadOnly();

    /// <summary>Dates that become ordinary days, sorted.</summary>
    public IReadOnlyList<DateOnly> RemoveDaysOff => _removeDaysOff.AsReadOnly();

    /// <summary>Saturdays and Sundays to work, sorted by date.</summary>
    public IReadOnlyList<WorkingWeekendDay> WorkingWeekendDays => _workingWeekendDays.AsReadOnly();

    /// <summary>Years whose whole schedule these overrides give (the provisional rule is off for them), sorted.</summary>
    public IReadOnlyList<int> AnnouncedYears => _announcedYears.AsReadOnly();

    /// <summary>
    /// Reads overrides from a calendar file (JSON, <c>docs/calendar-file.md</c>): strict (unknown
    /// fields, impossible dates and wrong types are errors), bounded by <paramref name="limits"/>.
    /// Entries read from a file are not provisional; their confidence is
    /// <see cref="Confidence.Confirmed"/> unless the entry says <c>"partial"</c> or <c>"unconfirmed"</c>.
    /// </summary>
    /// <param name="json">The UTF-8 JSON input; read to its end, not closed.</param>
    /// <param name="fileName">The file or source name used in error messages.</param>
    /// <param name="limits">Size and depth limits; <see cref="JsonInputLimits.Default"/> when null.</param>
    /// <returns>The overrides.</returns>
    /// <exception cref="PlanRulesInputException">The input is malformed or inconsistent; the message names the file, the JSON path and the line.</exception>
    public static CalendarOverrides Load(Stream json, string fileName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        var dto = StrictJson.Read<CalendarFileDto>(json, fileName, limits);
        return CalendarFileDto.ToOverrides(dto, fileName);
    }

    /// <summary>
    /// Combines these overrides with <paramref name="later"/> ones; the later win. For a year that
    /// <paramref name="later"/> announces, every entry of this one in that year is dropped (the later
    /// file gives the whole year). On any other date, the later entry decides: a later day off or
    /// working weekend day replaces this one's entry on that date, a later removal drops it.
    /// </summary>
    /// <param name="later">The overrides that take precedence.</param>
    /// <returns>New, combined overrides; this instance is unchanged.</returns>
    public CalendarOverrides Merge(CalendarOverrides later)
    {
        ArgumentNullException.ThrowIfNull(later);
        bool Kept(DateOnly date) => !later._announced.Contains(date.Year);

        var adds = _addDaysOff.Where(d => Kept(d.Date)).ToDictionary(d => d.Date);
        var removes = _removeDaysOff.Where(Kept).ToHashSet();
        var workings = _workingWeekendDays.Where(d => Kept(d.Date)).ToDictionary(d => d.Date);
        foreach (var day in later._addDaysOff)
        {
            adds[day.Date] = day;
            removes.Remove(day.Date);
            workings.Remove(day.Date);
        }

        foreach (var date in later._removeDaysOff)
        {
            removes.Add(date);
            adds.Remove(date);
            workings.Remove(date);
        }

        foreach (var day in later._workingWeekendDays)
        {
            workings[day.Date] = day;
            adds.Remove(day.Date);
            removes.Remove(day.Date);
        }

        return new CalendarOverrides(adds.Values, removes, workings.Values, _announced.Union(later._announced));
    }

    /// <summary>Whether <paramref name="year"/> is one of <see cref="AnnouncedYears"/>.</summary>
    internal bool IsAnnounced(int year) => _announced.Contains(year);

    /// <summary>The added days off in <paramref name="year"/>.</summary>
    internal IEnumerable<DayOff> DaysOffIn(int year) => _addDaysOff.Where(d => d.Date.Year == year);

    /// <summary>The removed dates in <paramref name="year"/>.</summary>
    internal IEnumerable<DateOnly> RemovalsIn(int year) => _removeDaysOff.Where(d => d.Year == year);

    /// <summary>The working weekend days in <paramref name="year"/>.</summary>
    internal IEnumerable<WorkingWeekendDay> WorkingWeekendDaysIn(int year) => _workingWeekendDays.Where(d => d.Date.Year == year);

    /// <summary>
    /// The first problem in the lists, or null: what is wrong, which list (<see cref="Problem.List"/>) and
    /// which entry (<see cref="Problem.Index"/>). Shared by the constructor and <see cref="Load"/>,
    /// which turns it into a located <see cref="PlanRulesInputException"/>.
    /// </summary>
    internal static Problem? FindProblem(DayOff?[] adds, DateOnly[] removes, WorkingWeekendDay?[] workings, int[] years)
    {
        int minYear = VietnameseLunarCalendar.MinSupportedDate.Year, maxYear = VietnameseLunarCalendar.MaxSupportedDate.Year;
        var seen = new Dictionary<DateOnly, string>();
        Problem? Check(DateOnly date, string list, int index, string parameterName)
        {
            if (date.Year < minYear || date.Year > maxYear)
            {
                return new Problem(ProblemKind.OutOfRange, list, index, parameterName, string.Create(CultureInfo.InvariantCulture,
                    $"{date:yyyy-MM-dd} is outside the supported years {minYear} to {maxYear}."), string.Create(CultureInfo.InvariantCulture,
                    $"{date:yyyy-MM-dd} nằm ngoài các năm được hỗ trợ, từ {minYear} đến {maxYear}."));
            }

            if (seen.TryGetValue(date, out var other))
            {
                return new Problem(ProblemKind.Invalid, list, index, parameterName, other == list
                    ? string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is listed twice in {list}.")
                    : string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is in both {other} and {list}; a date can be in one list only."), other == list
                    ? string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} được ghi hai lần trong {list}.")
                    : string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} có trong cả {other} và {list}; mỗi ngày chỉ được ở một danh sách."));
            }

            seen.Add(date, list);
            return null;
        }

        for (int i = 0; i < adds.Length; i++)
        {
            if (adds[i] is not { } day)
            {
                return new Problem(ProblemKind.Null, DaysOffList, i, "addDaysOff", "A day off must not be null.", "Ngày nghỉ không được là null.");
            }

            if (Check(day.Date, DaysOffList, i, "addDaysOff") is { } p)
            {
                return p;
            }
        }

        for (int i = 0; i < removes.Length; i++)
        {
            if (Check(removes[i], RemoveList, i, "removeDaysOff") is { } p)
            {
                return p;
            }
        }

        for (int i = 0; i < workings.Length; i++)
        {
            if (workings[i] is not { } day)
            {
                return new Problem(ProblemKind.Null, WorkingList, i, "workingWeekendDays", "A working weekend day must not be null.", "Ngày cuối tuần làm việc bù không được là null.");
            }

            if (Check(day.Date, WorkingList, i, "workingWeekendDays") is { } p)
            {
                return p;
            }
        }

        var seenYears = new HashSet<int>();
        for (int i = 0; i < years.Length; i++)
        {
            if (years[i] < minYear || years[i] > maxYear)
            {
                return new Problem(ProblemKind.OutOfRange, YearsList, i, "announcedYears", string.Create(CultureInfo.InvariantCulture,
                    $"{years[i]} is outside the supported years {minYear} to {maxYear}."), string.Create(CultureInfo.InvariantCulture,
                    $"{years[i]} nằm ngoài các năm được hỗ trợ, từ {minYear} đến {maxYear}."));
            }

            if (!seenYears.Add(years[i]))
            {
                return new Problem(ProblemKind.Invalid, YearsList, i, "announcedYears", string.Create(CultureInfo.InvariantCulture,
                    $"{years[i]} is listed twice in announcedYears."), string.Create(CultureInfo.InvariantCulture,
                    $"{years[i]} được ghi hai lần trong announcedYears."));
            }
        }

        return null;
    }

    /// <summary>The JSON name of the list of added days off.</summary>
    internal const string DaysOffList = "daysOff";

    /// <summary>The JSON name of the list of removed dates.</summary>
    internal const string RemoveList = "removeDaysOff";

    /// <summary>The JSON name of the list of working weekend days.</summary>
    internal const string WorkingList = "workingWeekendDays";

    /// <summary>The JSON name of the list of announced years.</summary>
    internal const string YearsList = "announcedYears";

    /// <summary>What kind of exception a <see cref="Problem"/> becomes in the constructor.</summary>
    internal enum ProblemKind
    {
        Invalid,
        Null,
        OutOfRange,
    }

    /// <summary>A validation problem: its kind, the JSON list and entry index, the constructor parameter and the message.</summary>
    internal sealed record Problem(ProblemKind Kind, string List, int Index, string ParameterName, string Message, string MessageVi);
}
