using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Deadlines;

/// <summary>The windows of halves and quarters (Decree 09/2019/NĐ-CP Art. 12, P) and their due dates, stated or from the policy.</summary>
public sealed class SubPeriodDeadlineTests
{
    private static DeadlineCalculator Calculator(Action<CompliancePolicy>? configure = null) => DeadlineCalculatorTests.Calculator(configure);

    private static ObligationTemplate Template(ObligationFrequency frequency, string? policy, params string[] stated) =>
        new("periodic-report", "III.1.d4", ObligationKind.AnnualReport, frequency, ["provincial-departments"], [], null, policy, null, false, "báo cáo",
            new LocalizedText("Báo cáo định kỳ", "Periodic report"))
        {
            StatedDeadlines = stated.Select(TaskTiming.Parse).ToList(),
        };

    private static SubPeriod Part(string code) => SubPeriod.TryParse(code, out var part) ? part : throw new ArgumentException("Not a part: " + code, nameof(code));

    [Theory]
    // Half-years: 15/12 of the year before to 14/6, and 15/6 to 14/12.
    [InlineData("H1", "2025-12-15", "2026-06-14")]
    [InlineData("H2", "2026-06-15", "2026-12-14")]
    // Quarters: from the 15th of the month before the quarter to the 14th of its last month.
    [InlineData("Q1", "2025-12-15", "2026-03-14")]
    [InlineData("Q2", "2026-03-15", "2026-06-14")]
    [InlineData("Q3", "2026-06-15", "2026-09-14")]
    [InlineData("Q4", "2026-09-15", "2026-12-14")]
    public void WindowStartAndCutOff_Parts_FollowDecree09Article12(string code, string start, string cutOff)
    {
        var d = Calculator();

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(cutOff)), (d.WindowStart(2026, Part(code)), d.CutOff(2026, Part(code))));
        Assert.Equal(Confidence.Partial, d.WindowConfidence(Part(code)));
    }

    [Fact]
    public void CutOff_Parts_FollowTheConfiguredAnnualCutOff()
    {
        // A host that moves the annual cut-off to 30/11 moves every part's with it, keeping the day inside short months.
        var d = Calculator(p => { p.CutOffMonth = 11; p.CutOffDay = 30; });

        Assert.Equal(new DateOnly(2026, 5, 30), d.CutOff(2026, SubPeriod.Half(1)));
        Assert.Equal(new DateOnly(2026, 2, 28), d.CutOff(2026, SubPeriod.Quarter(1)));
        Assert.Equal(new DateOnly(2026, 3, 1), d.WindowStart(2026, SubPeriod.Quarter(2)));
    }

    [Theory]
    // "trước ngày 15/6": the last day is Sunday 14/6/2026, kept (never moved onto the 15th the text excludes).
    [InlineData("H1", 2026, "2026-06-14")]
    // "trước ngày 15/12": Monday 14/12/2026.
    [InlineData("H2", 2026, "2026-12-14")]
    public void ForPart_StatedBeforeDate_IsTheDayBefore(string code, int year, string due)
    {
        var deadline = Calculator().ForPart(Template(ObligationFrequency.HalfYearly, null, "trước ngày 15/6 hằng năm", "trước ngày 15/12 hằng năm"), year, Part(code))!;

        Assert.Equal((DateOnly.Parse(due), DeadlineSource.Plan, Confidence.Confirmed), (deadline.DueOn, deadline.Source, deadline.Confidence));
    }

    [Fact]
    public void ForPart_SaturdayDeadline_RollsToMonday()
    {
        // "15/6 hằng năm" (on the day): Saturday 15/6/2024 moves to Monday 17/6/2024 (Civil Code Art. 148(5)).
        var deadline = Calculator().ForPart(Template(ObligationFrequency.HalfYearly, null, "15/6 hằng năm", "15/12 hằng năm"), 2024, SubPeriod.Half(1))!;

        Assert.Equal(new DateOnly(2024, 6, 17), deadline.DueOn);
        Assert.Equal(new DateOnly(2024, 6, 15), deadline.UnadjustedDueOn);
    }

    [Fact]
    public void ForPart_StatedDateBeforeTheWindow_FallsInTheNextYear_AndTetMovesIt()
    {
        // The second half's report "20/2 hằng năm": 20/2/2025 is before the window 15/6-14/12/2025 opens, so it is
        // 20/2/2026, a day of the Tết break (14/02-22/02/2026): due Monday 23/02/2026.
        var deadline = Calculator().ForPart(Template(ObligationFrequency.HalfYearly, null, "20/6 hằng năm", "20/2 hằng năm"), 2025, SubPeriod.Half(2))!;

        Assert.False(WorkingDayCalendar.Vietnam.IsWorkingDay(new DateOnly(2026, 2, 20)));
        Assert.Equal(new DateOnly(2026, 2, 23), deadline.DueOn);
    }

    [Theory]
    // No stated date: the yearly report's policy, 2 working days after the part's cut-off (U), counted from it.
    // Q4 2024: cut-off Saturday 14/12/2024 -> Tuesday 17/12/2024, like the year's.
    [InlineData("Q4", 2024, "2024-12-17")]
    // H1 2024: cut-off Friday 14/6/2024 -> Tuesday 18/6/2024 (the weekend skipped).
    [InlineData("H1", 2024, "2024-06-18")]
    // Q1 2026: cut-off Saturday 14/3/2026 -> Tuesday 17/3/2026.
    [InlineData("Q1", 2026, "2026-03-17")]
    public void ForPart_NoStatedDate_UsesTheAnnualReportPolicyFromThePartsCutOff(string code, int year, string due)
    {
        var part = Part(code);
        var deadline = Calculator().ForPart(Template(part.Frequency, CompliancePolicy.AnnualReport), year, part)!;

        Assert.Equal(DateOnly.Parse(due), deadline.DueOn);
        Assert.Equal((DeadlineSource.Policy, Confidence.Unconfirmed, CompliancePolicy.AnnualReport), (deadline.Source, deadline.Confidence, deadline.PolicyName));
        Assert.True(deadline.IsAssumed);
    }

    [Fact]
    public void ForPart_DayOfYearPolicy_GivesNoDeadline()
    {
        // A day-of-year policy names one date a year, not one per part: no deadline is invented (the obligation is pending).
        Assert.Null(Calculator().ForPart(Template(ObligationFrequency.Quarterly, CompliancePolicy.AnnualTask), 2026, SubPeriod.Quarter(2)));
    }

    [Fact]
    public void Explain_Part_NamesItsWindowAndDecree09()
    {
        var d = Calculator();
        var deadline = d.ForPart(Template(ObligationFrequency.Quarterly, CompliancePolicy.AnnualReport), 2026, SubPeriod.Quarter(3))!;

        var first = d.Explain(deadline, 2026, SubPeriod.Quarter(3))[0];

        Assert.Equal("Kỳ báo cáo Quý III/2026: số liệu từ 15/06/2026 đến 14/09/2026 (ngày chốt số liệu; Nghị định 09/2019/NĐ-CP Điều 12, mức tin cậy " + ConfidenceText.Vi(Confidence.Partial) + ").", first.Vi);
        Assert.StartsWith("Period Q3 2026: data from 15/06/2026 to 14/09/2026", first.En, StringComparison.Ordinal);
    }
}
