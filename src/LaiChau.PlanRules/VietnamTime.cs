namespace LaiChau.PlanRules;

/// <summary>
/// Vietnam's civil time: one zone, UTC+7, no daylight saving (IANA <c>Asia/Ho_Chi_Minh</c>).
/// Every deadline in this library is judged on the Vietnam local date, whatever the host's zone.
/// </summary>
public static class VietnamTime
{
    /// <summary>The offset of Vietnam time from UTC: +07:00.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>Converts an instant to Vietnam local time (same instant, offset +07:00).</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The same instant expressed at UTC+7.</returns>
    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The Vietnam local date of an instant: 2025-12-16T17:30Z is 17/12/2025 in Vietnam.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The calendar date in Vietnam at that instant.</returns>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>00:00 Vietnam time at the start of <paramref name="date"/>.</summary>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns>The instant the date begins in Vietnam.</returns>
    public static DateTimeOffset StartOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>
    /// 24:00 Vietnam time at the end of <paramref name="date"/> (Civil Code 2015 Art. 148(6)): the first
    /// instant that is no longer within the date. A deadline "by D" is met by any instant before this.
    /// </summary>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns>The instant the next day begins in Vietnam.</returns>
    public static DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));
}
