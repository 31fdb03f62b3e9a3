using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class SynthesisRulesTests
{
    private static Scenario WithDeadline() => Scenario.LaiChau().Policy(p => p with
    {
        Deadlines = new Dictionary<string, DeadlineRule> { ["synthesis"] = DeadlineRule.OnDayOfYear(12, 31, Confidence.Unconfirmed, "Giả định của thử nghiệm") },
    });

    [Fact]
    public void Missing_FallsOnSoNoiVu_AfterTheConfiguredDeadline()
    {
        // 31/12/2024 is a Tuesday: no roll-forward.
        var result = WithDeadline().AsOf(2025, 1, 2);

        var f = result.Single(FindingCodes.SynthesisMissing, "so-noi-vu");
        Assert.Equal(2024, f.Period);
        Assert.Equal("III.2.d2", f.ClausePath);
    }

    [Fact]
    public void Missing_NeverFiresWithoutAConfiguredDeadline()
    {
        Assert.Empty(Scenario.LaiChau().AsOf(2026, 6, 1).Of(FindingCodes.SynthesisMissing));
    }

    [Fact]
    public void Late_FiresWhenSubmittedAfterTheDeadline()
    {
        var result = WithDeadline().Synthesis(2024, "2025-01-03T10:00:00+07:00").AsOf(2025, 1, 10);

        Assert.True(result.Has(FindingCodes.SynthesisLate, "so-noi-vu", 2024));
        Assert.False(result.Has(FindingCodes.SynthesisMissing, "so-noi-vu", 2024));
    }

    [Fact]
    public void NeitherFires_WhenSubmittedOnTime()
    {
        var result = WithDeadline().Synthesis(2024, "2024-12-30T10:00:00+07:00").AsOf(2025, 1, 10);

        Assert.Empty(result.Of(FindingCodes.SynthesisLate));
        Assert.Empty(result.Of(FindingCodes.SynthesisMissing));
    }
}
