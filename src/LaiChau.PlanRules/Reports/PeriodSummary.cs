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

    /// <summary>The period.</summary>
    public int Period { get; }

    /// <summary>The first day of its data window.</summary>
    public DateOnly WindowStart { get; }

    /// <summary>Its cut-off.</summary>
    public DateOnly CutOff { get; }

    /// <summary>The counts.</summary>
    public StatusCounts Counts { get; }
}
