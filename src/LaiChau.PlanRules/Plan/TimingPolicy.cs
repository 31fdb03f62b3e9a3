using System.Globalization;

namespace LaiChau.PlanRules.Plan;

/// <summary>
/// How <see cref="TaskTiming.DueDate"/> reads the forms that the written words leave open. Both settings are policies,
/// not facts (<c>docs/appendix-timing.md</c>): the host may change them.
/// </summary>
/// <param name="BeforeMeansDayBefore">
/// True (the default) when "trước ngày D" means due on the day before D, the literal reading; false to treat it as due
/// on D itself. Confidence: unconfirmed (U): no rule found says which reading the province applies.
/// </param>
/// <param name="AnnualDueMonth">The month (1–12) of the due day of a task timed "Hằng năm" without a day. Default 12.</param>
/// <param name="AnnualDueDay">
/// The day of that month. Default 14: 14/12, the end of the annual reporting period of Decree 09/2019/NĐ-CP
/// (15/12 of the previous year to 14/12). An assumed date ("hạn giả định"), not stated by any plan. 29/02 is refused,
/// since it does not occur every year.
/// </param>
public sealed record TimingPolicy(bool BeforeMeansDayBefore = true, int AnnualDueMonth = 12, int AnnualDueDay = 14)
{
    /// <summary>The default policy: "trước ngày D" is due D − 1 day; "Hằng năm" is due 14/12.</summary>
    public static TimingPolicy Default { get; } = new();

    /// <summary>True when "trước ngày D" is due the day before D (the default); false when due on D.</summary>
    public bool BeforeMeansDayBefore { get; } = BeforeMeansDayBefore;

    /// <summary>The month (1–12) a task timed "Hằng năm" is due.</summary>
    public int AnnualDueMonth { get; } = AnnualDueMonth is >= 1 and <= 12
        ? AnnualDueMonth
        : throw new ArgumentOutOfRangeException(nameof(AnnualDueMonth), AnnualDueMonth, "The annual due month must be 1 to 12.");

    /// <summary>The day of <see cref="AnnualDueMonth"/> a task timed "Hằng năm" is due.</summary>
    public int AnnualDueDay { get; } = CheckDay(AnnualDueMonth, AnnualDueDay);

    private static int CheckDay(int month, int day)
    {
        // A non-leap year: a day that fails here does not occur every year.
        var last = month is >= 1 and <= 12 ? DateTime.DaysInMonth(2025, month) : 31;
        return day >= 1 && day <= last
            ? day
            : throw new ArgumentOutOfRangeException(nameof(AnnualDueDay), day, string.Create(CultureInfo.InvariantCulture,
                $"The annual due day must be 1 to {last} for month {month} (a day that occurs every year)."));
    }
}
