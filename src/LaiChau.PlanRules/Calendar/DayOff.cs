namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// A day off in the working-day calendar of state bodies (cơ quan hành chính nhà nước): a
/// holiday, a compensatory day, a swapped day, or a weekend day listed inside a holiday break
/// (for display; weekends are not working days anyway).
/// </summary>
/// <param name="Date">The date (Vietnam calendar date).</param>
/// <param name="Kind">Why the day is off.</param>
/// <param name="Name">The name shown to users, in Vietnamese and English.</param>
/// <param name="IsProvisional">
/// True when the day comes from the library's provisional rule (computed from the Labour Code for a
/// year whose schedule has not been announced), not from announced data.
/// </param>
/// <param name="Confidence">How sure the source is (docs/policies.md marks C, P, U).</param>
/// <param name="Source">The source of the entry: an announcement, a legal article, or the host's own reference.</param>
public sealed record DayOff(DateOnly Date, DayOffKind Kind, LocalizedText Name, bool IsProvisional, Confidence Confidence, string Source)
{
    /// <summary>Why the day is off.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="DayOffKind"/>.</exception>
    public DayOffKind Kind { get; init => field = CheckKind(value); } = CheckKind(Kind);

    /// <summary>The name shown to users, in Vietnamese and English; the Vietnamese text is never blank.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The Vietnamese name is blank.</exception>
    public LocalizedText Name { get; init => field = CalendarEntryChecks.Text(value, nameof(Name)); } = CalendarEntryChecks.Text(Name, nameof(Name));

    /// <summary>How sure the source is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="PlanRules.Confidence"/>.</exception>
    public Confidence Confidence { get; init => field = CalendarEntryChecks.Confidence(value); } = CalendarEntryChecks.Confidence(Confidence);

    /// <summary>The source of the entry; never blank.</summary>
    /// <exception cref="ArgumentException">The value is null or blank.</exception>
    public string Source { get; init => field = CalendarEntryChecks.Source(value); } = CalendarEntryChecks.Source(Source);

    private static DayOffKind CheckKind(DayOffKind kind) => Enum.IsDefined(kind)
        ? kind
        : throw new ArgumentOutOfRangeException(nameof(Kind), kind, "Unknown kind of day off.");
}
