using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ReportUnexpectedRuleTests
{
    [Fact]
    public void Fires_ForADistrictReportAfterTheDistrictLevelWasAbolished()
    {
        // Districts were abolished on 01/7/2025: no 2025 obligation.
        var result = Scenario.LaiChau().Report("ubnd-tam-duong", 2025, "2025-12-15T09:00:00+07:00", id: "X1").AsOf(2025, 12, 31);

        var finding = result.Single(FindingCodes.ReportUnexpected, "ubnd-tam-duong");
        Assert.Equal(["X1"], finding.EvidenceIds);
        Assert.Equal(2025, finding.Period);
    }

    [Fact]
    public void Fires_ForARecipientThatIsNotObligated()
    {
        // The radio-TV station receives the plan but owes no report.
        var result = Scenario.LaiChau().Report("dai-phat-thanh-truyen-hinh", 2024, "2024-12-15T09:00:00+07:00").AsOf(2024, 12, 31);

        Assert.True(result.Has(FindingCodes.ReportUnexpected, "dai-phat-thanh-truyen-hinh", 2024));
    }

    [Fact]
    public void DoesNotFire_ForAnObligatedBody()
    {
        var result = Scenario.LaiChau().Report("so-tai-chinh", 2025, "2025-12-15T09:00:00+07:00").AsOf(2025, 12, 31);

        Assert.Empty(result.Of(FindingCodes.ReportUnexpected));
    }

    [Fact]
    public void UnknownBodyId_IsAnInputError_NotAFinding()
    {
        var ex = Assert.Throws<LaiChau.PlanRules.PlanRulesInputException>(() =>
            Scenario.LaiChau().Report("so-khong-co", 2025, "2025-12-15T09:00:00+07:00").AsOf(2025, 12, 31));

        Assert.Equal("reports[0].body", ex.JsonPath);
    }
}
