using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

public class RestructuringTests
{
    [Fact]
    public void DissolvedDistrict_OwesThe2024Report_NotThe2025One()
    {
        var result = Scenario.LaiChau().AsOf(2025, 12, 31);

        Assert.True(result.Has(FindingCodes.ReportMissing, "ubnd-tam-duong", 2024));
        Assert.DoesNotContain(result.Report.ReportStatuses, c => c.BodyId == "ubnd-tam-duong" && c.Period == 2025);
        var finding = result.Single(FindingCodes.ReportMissing, "ubnd-tam-duong");
        Assert.Null(finding.ResponsibleBodyId); // abolished, no successor
    }

    [Fact]
    public void MergedDepartment_OpenObligationShowsWhoIsResponsibleNow()
    {
        // Sở Kế hoạch và Đầu tư owed its 2024 report by 17/12/2024; it was absorbed into Sở Tài chính on 01/3/2025.
        var result = Scenario.LaiChau().AsOf(2025, 4, 1);

        var finding = result.Report.Findings.Single(f => f.Code == FindingCodes.ReportMissing && f.BodyId == "so-ke-hoach-dau-tu");
        Assert.Equal("so-tai-chinh", finding.ResponsibleBodyId);
        Assert.Contains("Trách nhiệm hiện nay", finding.Message.Vi);
        Assert.Equal("annual-report:so-ke-hoach-dau-tu:2024", finding.ObligationId); // the identity keeps the original body
    }

    [Fact]
    public void MergedDepartment_OwesNothingForTheFirstPeriodAfterTheMerger()
    {
        var result = Scenario.LaiChau().AsOf(2025, 12, 31);

        Assert.DoesNotContain(result.Report.ReportStatuses, c => c.BodyId == "so-ke-hoach-dau-tu" && c.Period == 2025);
        Assert.Contains(result.Report.ReportStatuses, c => c.BodyId == "so-dan-toc-ton-giao" && c.Period == 2025);
    }

    [Fact]
    public void CommunesInherit_OnlyWhenThePolicySays()
    {
        var off = Scenario.LaiChau().Policy(p => p with { CommunesInheritDistrictDuties = false }).AsOf(2025, 12, 31);
        var on = Scenario.LaiChau().AsOf(2025, 12, 31); // on by default

        Assert.DoesNotContain(off.Report.ReportStatuses, c => c.BodyId.StartsWith("xa-", StringComparison.Ordinal));
        Assert.Equal(38, on.Report.ReportStatuses.Count(c => c.Period == 2025 && (c.BodyId.StartsWith("xa-", StringComparison.Ordinal) || c.BodyId.StartsWith("phuong-", StringComparison.Ordinal))));
    }

    [Fact]
    public void SoNoiVu_OwnReportRoutesDirectly()
    {
        var evaluator = ComplianceEvaluator.Create();
        var ctx = evaluator.CreateContext(Scenario.LaiChau().Evidence(new DateOnly(2024, 12, 31)), new DateOnly(2024, 12, 31));

        var own = ctx.Model.Find("annual-report:so-noi-vu:2024")!;
        Assert.Null(own.Route!.ViaBodyId);
        Assert.Equal("so-noi-vu", ctx.Model.Find("annual-report:so-tai-chinh:2024")!.Route!.ViaBodyId);
    }
}
