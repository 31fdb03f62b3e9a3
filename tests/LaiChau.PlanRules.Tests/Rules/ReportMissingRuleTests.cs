using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ReportMissingRuleTests
{
    [Fact]
    public void Fires_DayAfterAssumedDeadline_WhenNothingReceived()
    {
        // 2024: cut-off Sat 14/12/2024, 2 working days after = Tue 17/12/2024 (assumed).
        var result = Scenario.LaiChau().AsOf(2024, 12, 18);

        var finding = result.Single(FindingCodes.ReportMissing, "so-tai-chinh");
        Assert.Equal(new DateOnly(2024, 12, 17), finding.DueOn);
        Assert.True(finding.IsDueAssumed);
        Assert.Equal("III.1.d4", finding.ClausePath);
        Assert.Contains("hạn giả định", finding.Message.Vi);
    }

    [Fact]
    public void DoesNotFire_OnTheDueDateItself()
    {
        var result = Scenario.LaiChau().AsOf(2024, 12, 17);

        Assert.Empty(result.Of(FindingCodes.ReportMissing));
    }

    [Fact]
    public void DoesNotFire_WhenReceivedOnTime()
    {
        var result = Scenario.LaiChau().Report("so-tai-chinh", 2024, "2024-12-16T09:00:00+07:00").AsOf(2024, 12, 20);

        Assert.False(result.Has(FindingCodes.ReportMissing, "so-tai-chinh"));
        Assert.True(result.Has(FindingCodes.ReportMissing, "so-y-te"));
    }

    [Fact]
    public void NoDeadlinePolicy_LeavesObligationPending_NeverMissing()
    {
        var result = Scenario.LaiChau()
            .Policy(p => p with { Deadlines = new Dictionary<string, LaiChau.PlanRules.Deadlines.DeadlineRule> { ["annual-report"] = LaiChau.PlanRules.Deadlines.DeadlineRule.None() } })
            .AsOf(2026, 6, 1);

        Assert.Empty(result.Of(FindingCodes.ReportMissing));
        Assert.Equal(LaiChau.PlanRules.Reports.ReportCellStatus.Pending, result.Cell("so-tai-chinh", 2025).Status);
    }
}
