namespace LaiChau.PlanRules.Plan;

/// <summary>
/// The form of a completion time ("thời gian hoàn thành") as appendices and plans write it. See
/// <c>docs/appendix-timing.md</c> for every accepted spelling and how each maps to a due date.
/// </summary>
public enum TimingKind
{
    /// <summary>A date: "15/12/2025", "ngày 15/12/2025", "chậm nhất ngày 15/12/2025". Due that day.</summary>
    Date = 0,

    /// <summary>Before a date: "trước ngày 15/12/2025". Due the day before, or that day, by <see cref="TimingPolicy.BeforeMeansDayBefore"/>.</summary>
    BeforeDate = 1,

    /// <summary>A day of every year: "15/12 hằng năm". Due that day of the period's year.</summary>
    DayOfYear = 2,

    /// <summary>Before a day of every year: "trước ngày 15/12 hằng năm".</summary>
    BeforeDayOfYear = 3,

    /// <summary>A month: "Tháng 6/2025". Due the month's last day.</summary>
    Month = 4,

    /// <summary>A quarter: "Quý III/2025". Due the quarter's last day.</summary>
    Quarter = 5,

    /// <summary>A half year: "6 tháng đầu năm 2025" (30/6) or "6 tháng cuối năm 2025" (31/12).</summary>
    HalfYear = 6,

    /// <summary>A year: "Năm 2025", "2025". Due 31/12.</summary>
    Year = 7,

    /// <summary>A span of years: "2024–2030", "Giai đoạn 2024 - 2030". Due 31/12 of the last year.</summary>
    YearRange = 8,

    /// <summary>Every year, no day stated: "Hằng năm", "Hàng năm". Due on <see cref="TimingPolicy"/>'s annual day (an assumption).</summary>
    Annually = 9,

    /// <summary>Ongoing: "Thường xuyên". Never due, never overdue.</summary>
    Continuous = 10,
}
