using System.Globalization;

namespace LaiChau.PlanRules.Deadlines;

/// <summary>
/// A named deadline policy: how a due date is computed, where the rule comes from and how sure we are
/// of it. Settable from code or bound from configuration (<c>PlanRules:Policy:Deadlines:annual-report</c>).
/// </summary>
public sealed class DeadlineRule
{
    /// <summary>How the due date is fixed.</summary>
    public DeadlineRuleKind Kind { get; set; } = DeadlineRuleKind.None;

    /// <summary>For <see cref="DeadlineRuleKind.WorkingDaysAfter"/>: how many working days (at least 1).</summary>
    public int? WorkingDays { get; set; }

    /// <summary>For <see cref="DeadlineRuleKind.DayOfYear"/>: the month (1-12).</summary>
    public int? Month { get; set; }

    /// <summary>For <see cref="DeadlineRuleKind.DayOfYear"/>: the day of the month.</summary>
    public int? Day { get; set; }

    /// <summary>For <see cref="DeadlineRuleKind.FixedDate"/>: the date.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>How sure the rule is: anything but <see cref="PlanRules.Confidence.Confirmed"/> marks findings "hạn giả định" (assumed deadline).</summary>
    public Confidence Confidence { get; set; } = Confidence.Unconfirmed;

    /// <summary>Where the rule comes from, for explanations (for example the công văn that set it).</summary>
    public string? Source { get; set; }

    /// <summary>A rule with no deadline.</summary>
    /// <returns>A new <see cref="DeadlineRuleKind.None"/> rule.</returns>
    public static DeadlineRule None() => new();

    /// <summary>A rule "N working days after the anchor".</summary>
    /// <param name="workingDays">N, at least 1.</param>
    /// <param name="confidence">How sure the rule is.</param>
    /// <param name="source">Where it comes from.</param>
    /// <returns>A new rule.</returns>
    public static DeadlineRule AfterWorkingDays(int workingDays, Confidence confidence, string? source = null) =>
        new() { Kind = DeadlineRuleKind.WorkingDaysAfter, WorkingDays = workingDays, Confidence = confidence, Source = source };

    /// <summary>A rule "day/month of the period's year".</summary>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="confidence">How sure the rule is.</param>
    /// <param name="source">Where it comes from.</param>
    /// <returns>A new rule.</returns>
    public static DeadlineRule OnDayOfYear(int month, int day, Confidence confidence, string? source = null) =>
        new() { Kind = DeadlineRuleKind.DayOfYear, Month = month, Day = day, Confidence = confidence, Source = source };

    /// <summary>A rule "by this date".</summary>
    /// <param name="date">The date.</param>
    /// <param name="confidence">How sure the rule is.</param>
    /// <param name="source">Where it comes from.</param>
    /// <returns>A new rule.</returns>
    public static DeadlineRule OnDate(DateOnly date, Confidence confidence, string? source = null) =>
        new() { Kind = DeadlineRuleKind.FixedDate, Date = date, Confidence = confidence, Source = source };

    /// <summary>Returns a copy.</summary>
    /// <returns>A new rule with the same settings.</returns>
    internal DeadlineRule Clone() => (DeadlineRule)MemberwiseClone();

    /// <summary>Checks the settings; returns the problems found (empty when valid).</summary>
    /// <param name="name">The policy name, for messages.</param>
    /// <returns>The problems, one sentence each.</returns>
    public IEnumerable<string> Validate(string name) => LocalizedValidate(name).Select(p => p.En);

    /// <summary>Like <see cref="Validate"/>, each problem in Vietnamese and English.</summary>
    internal IEnumerable<LocalizedText> LocalizedValidate(string name)
    {
        switch (Kind)
        {
            case DeadlineRuleKind.WorkingDaysAfter when WorkingDays is null or < 1 or > 366:
                yield return new(
                    $"Quy tắc tính hạn '{name}': WorkingDays phải từ 1 đến 366 với WorkingDaysAfter.",
                    string.Create(CultureInfo.InvariantCulture, $"Deadline '{name}': WorkingDays must be 1 to 366 for WorkingDaysAfter."));
                break;
            case DeadlineRuleKind.DayOfYear when Month is null or < 1 or > 12 || Day is null or < 1 || Day > DateTime.DaysInMonth(2023, Month!.Value):
                yield return new(
                    $"Quy tắc tính hạn '{name}': Month và Day phải tạo thành một ngày có thật của năm không nhuận với DayOfYear.",
                    $"Deadline '{name}': Month and Day must form a valid day of a common year for DayOfYear.");
                break;
            case DeadlineRuleKind.FixedDate when Date is null:
                yield return new($"Quy tắc tính hạn '{name}': cần có Date với FixedDate.", $"Deadline '{name}': Date is required for FixedDate.");
                break;
        }
    }
}
