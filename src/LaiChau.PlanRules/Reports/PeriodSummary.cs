using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Reports;

/// <summary>The counts for one period.</summary>
public sealed class PeriodSummary
{
    internal PeriodSummary(int period, DateOnly windowStart, DateOnly cutOff, StatusCounts counts)
    {
        Period = period;
        WindowStart = windowStart;
        CutOff = cutOff;
        Counts = counts;
    }

    /// <summary>The period (the year).</summary>
    public int Period { get; }

    /// <summary>The half or quarter of <see cref="Period"/> these counts are for; null for the year's reports, tasks and findings.</summary>
    public SubPeriod? SubPeriod { get; internal init; }

    /// <summary>The period's label: "2026", "6 tháng đầu năm 2026" / "first half of 2026", "Quý III/2026" / "Q3 2026".</summary>
    public LocalizedText Label => SubPeriod.LabelOf(Period, SubPeriod);

    /// <summary>The first day of its data window.</summary>
    public DateOnly WindowStart { get; }

    /// <summary>Its cut-off.</summary>
    public DateOnly CutOff { get; }

    /// <summary>The counts.</summary>
    public StatusCounts Counts { get; }
}
