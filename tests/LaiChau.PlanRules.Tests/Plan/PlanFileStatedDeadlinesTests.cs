using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

/// <summary><c>statedDeadlines</c>: one yearly date per half or quarter of a half-yearly or quarterly template, checked at its path.</summary>
public sealed class PlanFileStatedDeadlinesTests
{
    private static readonly string Valid = PlanTestFiles.SaveToString(PlanDocument.LaiChau);

    private const string AnnualPolicy = "\"frequency\": \"annual\",";

    /// <summary>The Lai Châu plan with its inspection template (the first yearly template without a deadline policy) rewritten.</summary>
    private static string Inspection(string frequency, string extra)
    {
        const string inspection = "\"id\": \"inspection\",";
        var at = Valid.IndexOf(inspection, StringComparison.Ordinal);
        var freq = Valid.IndexOf(AnnualPolicy, at, StringComparison.Ordinal);
        return Valid[..freq] + $"\"frequency\": \"{frequency}\",{extra}" + Valid[(freq + AnnualPolicy.Length)..];
    }

    [Fact]
    public void Load_HalfYearlyStatedDeadlines_RoundTrip()
    {
        var plan = PlanTestFiles.LoadText(Inspection("halfYearly", "\n      \"statedDeadlines\": [\"trước ngày 15/6 hằng năm\", \"trước ngày 15/12 hằng năm\"],"));

        var t = plan.ObligationTemplates.Single(x => x.Id == "inspection");
        Assert.Equal(["trước ngày 15/6 hằng năm", "trước ngày 15/12 hằng năm"], t.StatedDeadlines.Select(d => d.Text));
        Assert.Equal(t.StatedDeadlines.Select(d => d.Text), PlanTestFiles.LoadText(PlanTestFiles.SaveToString(plan)).ObligationTemplates.Single(x => x.Id == "inspection").StatedDeadlines.Select(d => d.Text));
    }

    [Fact]
    public void Load_HalfYearlyWithOneStatedDeadline_SaysWhichFieldToUse()
    {
        var json = Inspection("halfYearly", "\n      \"statedDeadline\": \"trước ngày 15/12 hằng năm\",");

        var e = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json));

        Assert.EndsWith(".statedDeadline", e.JsonPath, StringComparison.Ordinal);
        Assert.Contains("statedDeadlines", e.Reason, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
    }

    [Theory]
    // Three dates for four quarters.
    [InlineData("quarterly", "[\"trước ngày 15/3 hằng năm\", \"trước ngày 15/6 hằng năm\", \"trước ngày 15/9 hằng năm\"]", ".statedDeadlines", "gives 3 stated deadlines")]
    // A date of one year only cannot recur every half.
    [InlineData("halfYearly", "[\"trước ngày 15/6/2026\", \"trước ngày 15/12 hằng năm\"]", ".statedDeadlines[0]", "not a day of every year")]
    // A yearly template keeps its one statedDeadline.
    [InlineData("annual", "[\"trước ngày 15/6 hằng năm\", \"trước ngày 15/12 hằng năm\"]", ".statedDeadlines", "use 'statedDeadline'")]
    public void Load_BadStatedDeadlines_IsAnErrorAtItsPath(string frequency, string list, string pathEnd, string reason)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(Inspection(frequency, $"\n      \"statedDeadlines\": {list},")));

        Assert.EndsWith(pathEnd, e.JsonPath, StringComparison.Ordinal);
        Assert.Contains(reason, e.LocalizedReason.En, StringComparison.Ordinal);
    }
}
