using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class TimingPolicyTests
{
    [Fact]
    public void Default_IsDayBeforeAndFourteenthOfDecember()
    {
        // Act
        var policy = TimingPolicy.Default;

        // Assert
        Assert.True(policy.BeforeMeansDayBefore);
        Assert.Equal((12, 14), (policy.AnnualDueMonth, policy.AnnualDueDay));
        Assert.Equal(new TimingPolicy(), policy);
    }

    [Theory]
    // Why each row: a month out of range, a day out of range, and 29/02, which does not occur every year.
    [InlineData(13, 1)]
    [InlineData(0, 1)]
    [InlineData(4, 31)]
    [InlineData(2, 29)]
    [InlineData(12, 0)]
    public void Constructor_ImpossibleAnnualDay_Throws(int month, int day)
    {
        // Act / Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimingPolicy(AnnualDueMonth: month, AnnualDueDay: day));
    }
}
