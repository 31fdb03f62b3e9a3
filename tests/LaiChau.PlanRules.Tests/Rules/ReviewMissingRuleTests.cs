using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ReviewMissingRuleTests
{
    private static Scenario WithMilestone() => Scenario.LaiChau().Policy(p => p with
    {
        ReviewMilestones = [new ReviewMilestone { Id = "so-ket-2025", Kind = ReviewKind.Interim, DueOn = new DateOnly(2025, 6, 30) }],
    });

    [Fact]
    public void Fires_OnSoNoiVu_WhenTheMilestonePassesWithoutAReview()
    {
        var result = WithMilestone().AsOf(2025, 7, 1);

        var f = result.Single(FindingCodes.ReviewMissing, "so-noi-vu");
        Assert.Equal("III.2.d3", f.ClausePath);
        Assert.DoesNotContain(result.Report.Findings, x => x.BodyId == "ubnd-tinh"); // the issuer is never the subject
    }

    [Fact]
    public void DoesNotFire_WhenTheReviewWasHeld()
    {
        var result = WithMilestone().Review("so-ket-2025", new DateOnly(2025, 6, 20)).AsOf(2025, 7, 1);

        Assert.Empty(result.Of(FindingCodes.ReviewMissing));
    }

    [Fact]
    public void DoesNotFire_BeforeTheMilestone()
    {
        Assert.Empty(WithMilestone().AsOf(2025, 6, 30).Of(FindingCodes.ReviewMissing));
    }
}
