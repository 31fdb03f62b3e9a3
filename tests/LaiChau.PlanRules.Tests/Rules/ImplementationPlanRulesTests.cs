using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ImplementationPlanRulesTests
{
    private static Scenario WithDeadline() => Scenario.LaiChau().Policy(p => p with
    {
        Deadlines = new Dictionary<string, DeadlineRule> { ["implementation-plan"] = DeadlineRule.OnDate(new DateOnly(2024, 12, 31), Confidence.Confirmed, "Công văn minh họa") },
    });

    [Fact]
    public void Missing_FiresAfterTheConfiguredDeadline()
    {
        var result = WithDeadline().ImplementationPlan("so-y-te", new DateOnly(2024, 12, 20)).AsOf(2025, 1, 2);

        Assert.True(result.Has(FindingCodes.ImplementationPlanMissing, "so-tai-chinh"));
        Assert.False(result.Has(FindingCodes.ImplementationPlanMissing, "so-y-te"));
    }

    [Fact]
    public void Missing_NeverFiresWithoutAConfiguredDeadline()
    {
        var result = Scenario.LaiChau().AsOf(2026, 6, 1);

        Assert.Empty(result.Of(FindingCodes.ImplementationPlanMissing));
        Assert.Empty(result.Of(FindingCodes.ImplementationPlanLate));
    }

    [Fact]
    public void Late_FiresWhenIssuedAfterTheDeadline()
    {
        var result = WithDeadline().ImplementationPlan("so-tai-chinh", new DateOnly(2025, 1, 5)).AsOf(2025, 1, 10);

        Assert.True(result.Has(FindingCodes.ImplementationPlanLate, "so-tai-chinh"));
        Assert.False(result.Has(FindingCodes.ImplementationPlanMissing, "so-tai-chinh"));
    }

    [Fact]
    public void Late_DoesNotFireWhenIssuedOnTheDeadline()
    {
        var result = WithDeadline().ImplementationPlan("so-tai-chinh", new DateOnly(2024, 12, 31)).AsOf(2025, 1, 10);

        Assert.False(result.Has(FindingCodes.ImplementationPlanLate, "so-tai-chinh"));
    }
}
