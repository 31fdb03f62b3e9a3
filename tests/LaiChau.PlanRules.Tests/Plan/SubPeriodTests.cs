using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

/// <summary>A part's code read back (<see cref="SubPeriod.TryParse"/>), as the CLI's <c>--part</c> and the web host's <c>?part=</c> name it.</summary>
public sealed class SubPeriodTests
{
    [Theory]
    [InlineData("H1", ObligationFrequency.HalfYearly, 1)]
    [InlineData("H2", ObligationFrequency.HalfYearly, 2)]
    [InlineData("Q1", ObligationFrequency.Quarterly, 1)]
    [InlineData("Q4", ObligationFrequency.Quarterly, 4)]
    public void TryParse_AnyCode_IsThatPartAndItsCodeAgain(string code, ObligationFrequency frequency, int number)
    {
        Assert.True(SubPeriod.TryParse(code, out var part));
        Assert.Equal(frequency, part.Frequency);
        Assert.Equal(number, part.Number);
        Assert.Equal(code, part.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("H0")]
    [InlineData("H3")]
    [InlineData("Q5")]
    [InlineData("h1")] // codes are upper case, as ids and file names write them
    [InlineData("Q12")]
    [InlineData("2025-H1")]
    public void TryParse_NotACode_IsFalse(string? code)
    {
        Assert.False(SubPeriod.TryParse(code, out var part));
        Assert.Null(part);
    }
}
