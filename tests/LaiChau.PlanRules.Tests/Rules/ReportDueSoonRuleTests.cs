using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ReportDueSoonRuleTests
{
    [Theory]
    // Due Tue 17/12/2024; 5 working days before is Tue 10/12/2024: the first reminder day.
    [InlineData(2024, 12, 10, true)]
    // The day before the window.
    [InlineData(2024, 12, 9, false)]
    // The due date itself is still "due soon".
    [InlineData(2024, 12, 17, true)]
    // After the due date it is missing, not due soon.
    [InlineData(2024, 12, 18, false)]
    public void FiresWithinTheReminderWindow(int y, int m, int d, bool expected)
    {
        var result = Scenario.LaiChau().AsOf(y, m, d);

        Assert.Equal(expected, result.Has(FindingCodes.ReportDueSoon, "so-tai-chinh", 2024));
    }

    [Fact]
    public void DoesNotFire_OnceReceived()
    {
        var result = Scenario.LaiChau().Report("so-tai-chinh", 2024, "2024-12-11T08:00:00+07:00").AsOf(2024, 12, 12);

        Assert.False(result.Has(FindingCodes.ReportDueSoon, "so-tai-chinh"));
        Assert.True(result.Has(FindingCodes.ReportDueSoon, "so-y-te"));
    }
}
