using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ReportDuplicateRuleTests
{
    [Fact]
    public void Fires_ForEachLaterReportThatReplacesNothing()
    {
        var result = Scenario.LaiChau()
            .Report("so-tai-chinh", 2024, "2024-12-16T09:00:00+07:00", id: "A")
            .Report("so-tai-chinh", 2024, "2024-12-18T09:00:00+07:00", id: "B")
            .Report("so-tai-chinh", 2024, "2024-12-19T09:00:00+07:00", id: "C")
            .AsOf(2024, 12, 31);

        var duplicates = result.Of(FindingCodes.ReportDuplicate).ToList();
        Assert.Equal(["REPORT_DUPLICATE:annual-report:so-tai-chinh:2024:B", "REPORT_DUPLICATE:annual-report:so-tai-chinh:2024:C"], duplicates.Select(f => f.Id));
        Assert.False(result.Has(FindingCodes.ReportLate, "so-tai-chinh")); // the first received decides timeliness
    }

    [Fact]
    public void DoesNotFire_WhenTheLaterReportSaysWhatItReplaces()
    {
        var result = Scenario.LaiChau()
            .Report("so-tai-chinh", 2024, "2024-12-16T09:00:00+07:00", id: "A")
            .Report("so-tai-chinh", 2024, "2024-12-18T09:00:00+07:00", id: "B", replaces: "A")
            .AsOf(2024, 12, 31);

        Assert.Empty(result.Of(FindingCodes.ReportDuplicate));
    }

    [Fact]
    public void MergedSuccessorReportingForTheAbsorbedBody_IsMatchedNotDuplicated()
    {
        // Sở Tài chính absorbed Sở Kế hoạch và Đầu tư on 01/3/2025 and sends both 2024 reports late.
        var result = Scenario.LaiChau()
            .Report("so-tai-chinh", 2024, "2025-03-05T09:00:00+07:00", id: "own")
            .Report("so-tai-chinh", 2024, "2025-03-05T10:00:00+07:00", id: "for-khdt", onBehalfOf: "so-ke-hoach-dau-tu")
            .AsOf(2025, 3, 10);

        Assert.Empty(result.Of(FindingCodes.ReportDuplicate));
        Assert.False(result.Has(FindingCodes.ReportMissing, "so-ke-hoach-dau-tu"));
        Assert.True(result.Has(FindingCodes.ReportLate, "so-ke-hoach-dau-tu", 2024));
    }
}
