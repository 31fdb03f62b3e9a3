using System.Globalization;

namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// A Saturday or Sunday that state bodies work (làm bù) in exchange for a weekday taken off next to
/// a holiday (a <see cref="DayOffKind.Swapped"/> day): for example Saturday 26/4/2025, worked for
/// Friday 2/5/2025.
/// </summary>
/// <param name="Date">The date; must be a Saturday or a Sunday.</param>
/// <param name="Reason">Why the day is worked, in Vietnamese and English.</param>
/// <param name="IsProvisional">True when the entry is not from announced data.</param>
/// <param name="Confidence">How sure the source is (docs/policies.md marks C, P, U).</param>
/// <param name="Source">The source of the entry: an announcement or the host's own reference.</param>
public sealed record WorkingWeekendDay(DateOnly Date, LocalizedText Reason, bool IsProvisional, Confidence Confidence, string Source)
{
    /// <summary>The date, a Saturday or a Sunday.</summary>
    /// <exception cref="ArgumentException">The date is a Monday to Friday.</exception>
    public DateOnly Date { get; init => field = CheckDate(value); } = CheckDate(Date);

    /// <summary>Why the day is worked; the Vietnamese text is never blank.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The Vietnamese reason is blank.</exception>
    public LocalizedText Reason { get; init => field = CalendarEntryChecks.Text(value, nameof(Reason)); } = CalendarEntryChecks.Text(Reason, nameof(Reason));

    /// <summary>How sure the source is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="PlanRules.Confidence"/>.</exception>
    public Confidence Confidence { get; init => field = CalendarEntryChecks.Confidence(value); } = CalendarEntryChecks.Confidence(Confidence);

    /// <summary>The source of the entry; never blank.</summary>
    /// <exception cref="ArgumentException">The value is null or blank.</exception>
    public string Source { get; init => field = CalendarEntryChecks.Source(value); } = CalendarEntryChecks.Source(Source);

    private static DateOnly CheckDate(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
        ? date
        : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"A working weekend day must be a Saturday or a Sunday; {date:yyyy-MM-dd} is a {date.DayOfWeek}."), nameof(Date));
}
