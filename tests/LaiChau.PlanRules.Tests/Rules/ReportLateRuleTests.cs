using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ReportLateRuleTests
{
    [Theory]
    // 23:59 Vietnam time on the due date: on time (the day ends at 24:00, Civil Code Art. 148(6)).
    [InlineData("2024-12-17T23:59:00+07:00", false)]
    // 00:01 the next day: late.
    [InlineData("2024-12-18T00:01:00+07:00", true)]
    // No offset: read as Vietnam local time, so 23:59 is still on time.
    [InlineData("2024-12-17T23:59:00", false)]
    // 16:59 UTC is 23:59 in Vietnam: on time.
    [InlineData("2024-12-17T16:59:00Z", false)]
    // 17:30 UTC is 00:30 the next day in Vietnam: late.
    [InlineData("2024-12-17T17:30:00Z", true)]
    // An offset of UTC-5 (a host in New York): 12:00 there is 00:00 the next day in Vietnam: late.
    [InlineData("2024-12-17T12:00:00-05:00", true)]
    // A bare date is 00:00 Vietnam time: on time.
    [InlineData("2024-12-17", false)]
    public void JudgesOnTheVietnamLocalDate(string receivedAt, bool late)
    {
        var result = Scenario.LaiChau().Report("so-tai-chinh", 2024, receivedAt).AsOf(2024, 12, 31);

        Assert.Equal(late, result.Has(FindingCodes.ReportLate, "so-tai-chinh", 2024));
        Assert.False(result.Has(FindingCodes.ReportMissing, "so-tai-chinh", 2024));
    }

    [Fact]
    public void SentInstantPolicy_JudgesOnTheSentInstantWhenKnown()
    {
        var result = Scenario.LaiChau()
            .Policy(p => p with { Timeliness = LaiChau.PlanRules.Deadlines.TimelinessBasis.SentWhenKnown })
            .Report("so-tai-chinh", 2024, "2024-12-19T08:00:00+07:00", sentAt: "2024-12-17T16:00:00+07:00")
            .AsOf(2024, 12, 31);

        Assert.False(result.Has(FindingCodes.ReportLate, "so-tai-chinh"));
    }

    [Fact]
    public void LateReport_CellShowsLate_AndFindingCitesEvidence()
    {
        var result = Scenario.LaiChau().Report("so-tai-chinh", 2024, "2024-12-19T08:00:00+07:00", id: "SĐ-0042").AsOf(2024, 12, 31);

        var finding = result.Single(FindingCodes.ReportLate, "so-tai-chinh");
        Assert.Equal(["SĐ-0042"], finding.EvidenceIds);
        Assert.Equal(LaiChau.PlanRules.Reports.ReportCellStatus.Late, result.Cell("so-tai-chinh", 2024).Status);
    }
}
