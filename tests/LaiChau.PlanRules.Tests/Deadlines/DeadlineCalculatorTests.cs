using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    internal static DeadlineCalculator Calculator(Action<CompliancePolicy>? configure = null)
    {
        var policy = new CompliancePolicy();
        configure?.Invoke(policy);
        return new DeadlineCalculator(WorkingDayCalendar.Vietnam, policy);
    }

    private static ObligationTemplate AnnualReport => PlanDocument.LaiChau.ObligationTemplates.First(t => t.Kind == ObligationKind.AnnualReport);

    [Theory]
    // Decree 09/2019 Art. 12: the annual window runs 15/12 of the previous year to 14/12.
    [InlineData(2025, "2024-12-15", "2025-12-14")]
    [InlineData(2024, "2023-12-15", "2024-12-14")]
    public void WindowStartAndCutOff_AnnualWindow_FifteenthToFourteenth(int year, string start, string cutOff)
    {
        var d = Calculator();

        Assert.Equal(DateOnly.Parse(start), d.WindowStart(year));
        Assert.Equal(DateOnly.Parse(cutOff), d.CutOff(year));
    }

    [Theory]
    [InlineData("2025-12-14", 2025)] // the cut-off day itself belongs to its year
    [InlineData("2025-12-15", 2026)] // the day after opens the next period
    [InlineData("2025-01-01", 2025)]
    public void PeriodOf_DayAroundTheCutOff_FallsInTheRightPeriod(string date, int expected) =>
        Assert.Equal(expected, Calculator().PeriodOf(DateOnly.Parse(date)));

    [Theory]
    // Cut-off Sat 14/12/2024: two working days strictly after it are Mon 16 and Tue 17.
    [InlineData(2024, "2024-12-17")]
    // Cut-off Sun 14/12/2025: Mon 15, Tue 16.
    [InlineData(2025, "2025-12-16")]
    // Cut-off Fri 14/12/2029 (provisional calendar): Mon 17, Tue 18.
    [InlineData(2029, "2029-12-18")]
    public void ForAnnual_DefaultPolicy_TwoWorkingDaysAfterTheCutOffAndAssumed(int year, string due)
    {
        var deadline = Calculator().ForAnnual(AnnualReport, year)!;

        Assert.Equal(DateOnly.Parse(due), deadline.DueOn);
        Assert.Equal(Confidence.Unconfirmed, deadline.Confidence);
        Assert.True(deadline.IsAssumed);
        Assert.Equal(CompliancePolicy.AnnualReport, deadline.PolicyName);
    }

    [Theory]
    [InlineData("2025-12-13", "2025-12-15")] // Saturday -> Monday
    [InlineData("2025-01-29", "2025-02-03")] // Tết 2025 (25/1-2/2 off) -> the first working day after
    [InlineData("2024-05-04", "2024-05-04")] // a swapped working Saturday is a working day
    [InlineData("2025-12-16", "2025-12-16")] // a working day stays
    public void Roll_DayOff_MovesToTheNextWorkingDay(string date, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calculator().Roll(DateOnly.Parse(date)));

    [Fact]
    public void Roll_RollForwardOff_KeepsTheDay() =>
        Assert.Equal(new DateOnly(2025, 12, 13), Calculator(p => p.RollForward = false).Roll(new DateOnly(2025, 12, 13)));

    [Fact]
    public void ForRequest_DueOnASunday_ConfirmedAndRolledKeepingTheWrittenDate()
    {
        var deadline = Calculator().ForRequest("cv-1", "123/UBND-TH", new DateOnly(2025, 6, 15));

        Assert.Equal(new DateOnly(2025, 6, 16), deadline.DueOn);
        Assert.Equal(new DateOnly(2025, 6, 15), deadline.UnadjustedDueOn);
        Assert.Equal(Confidence.Confirmed, deadline.Confidence);
        Assert.Equal(DeadlineSource.Request, deadline.Source);
    }

    [Fact]
    public void RemindFrom_FiveWorkingDays_CountsBackOverTheWeekend()
    {
        // Due Tue 16/12/2025; five working days back: Mon 15, Fri 12, Thu 11, Wed 10, Tue 9.
        var d = Calculator();

        Assert.Equal(new DateOnly(2025, 12, 9), d.RemindFrom(d.ForAnnual(AnnualReport, 2025)));
        Assert.Null(d.RemindFrom(null));
    }

    [Fact]
    public void Explain_AnnualDeadline_NamesTheWindowAndTheDayItEnds()
    {
        var d = Calculator();

        var steps = d.Explain(d.ForAnnual(AnnualReport, 2024)!, 2024);

        Assert.Contains(steps, s => s.Vi.Contains("15/12/2023", StringComparison.Ordinal) && s.Vi.Contains("14/12/2024", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Vi.Contains("24:00 ngày 17/12/2024", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.En.Contains("assumed", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_RequestDueOnASunday_SaysTheDeadlineMovesToMonday()
    {
        var d = Calculator();

        var steps = d.Explain(d.ForRequest("cv-1", "123/UBND-TH", new DateOnly(2025, 6, 15)), null);

        Assert.Contains(steps, s => s.En.Contains("the deadline moves to the next working day 16/06/2025", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BeforeDateDayOff.Keep, "2025-12-14")] // the last day the text allows, a Sunday, stays
    [InlineData(BeforeDateDayOff.PreviousWorkingDay, "2025-12-12")] // back to Friday
    public void RollWritten_BeforeDateOnASunday_NeverMovesOntoTheExcludedDay(BeforeDateDayOff policy, string expected)
    {
        var d = Calculator(p => p.BeforeDateOnDayOff = policy);

        Assert.Equal(DateOnly.Parse(expected), d.RollWritten(TimingKind.BeforeDate, new DateOnly(2025, 12, 14)));
        Assert.Equal(new DateOnly(2025, 12, 15), d.RollWritten(TimingKind.Date, new DateOnly(2025, 12, 14))); // a plain date rolls forward
    }
}
