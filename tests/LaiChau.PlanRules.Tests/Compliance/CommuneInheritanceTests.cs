using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// From the 2025 period each UBND xã/phường owes the III.1 duties the districts owed (the district level ended on
/// 01/7/2025): an inherited obligation, partly confirmed, whose findings are at most warnings until a request names
/// the commune or its group.
/// </summary>
public sealed class CommuneInheritanceTests
{
    private static readonly BodyCatalog Catalog = BodyCatalog.LaiChau;

    private static IEnumerable<ReportStatus> Communes(ComplianceReport report, int period) =>
        report.ReportStatuses.Where(c => c.Period == period && Catalog.Get(c.BodyId).Kind == BodyKind.CommunePeoplesCommittee);

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Matrix_2025And2026_ListsThe38CommunesAsInherited(int period)
    {
        var report = Scenario.LaiChau().AsOf(period, 12, 31).Report;

        var cells = Communes(report, period).ToList();

        Assert.Equal(38, cells.Count);
        Assert.All(cells, c => Assert.True(c.IsInherited));
        Assert.All(cells, c => Assert.Equal(Confidence.Partial, c.ObligationConfidence));
        // Names and diacritics as in the catalog.
        var names = cells.Select(c => Catalog.Get(c.BodyId).NameOn(new DateOnly(period, 12, 14))).ToList();
        Assert.Contains("Ủy ban nhân dân phường Tân Phong", names);
        Assert.Contains("Ủy ban nhân dân xã Tủa Sín Chải", names);
        Assert.DoesNotContain(report.ReportStatuses, c => c.Period == period && Catalog.Get(c.BodyId).Kind == BodyKind.DistrictPeoplesCommittee);
    }

    [Fact]
    public void Matrix_2024_TheEightDistrictsAndNoCommune()
    {
        var report = Scenario.LaiChau().AsOf(2024, 12, 31).Report;

        Assert.Equal(8, report.ReportStatuses.Count(c => c.Period == 2024 && Catalog.Get(c.BodyId).Kind == BodyKind.DistrictPeoplesCommittee));
        Assert.Empty(Communes(report, 2024));
        Assert.DoesNotContain(report.ReportStatuses, c => c.Period == 2024 && c.IsInherited);
    }

    [Fact]
    public void MissingCommuneReport_NoRequest_IsAWarningCitingThePredecessorDistrict()
    {
        var finding = Scenario.LaiChau().AsOf(2025, 12, 31).Single(FindingCodes.ReportMissing, "xa-ta-tong");

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(Confidence.Partial, finding.ObligationConfidence);
        Assert.Contains("Ủy ban nhân dân huyện Mường Tè", finding.Message.Vi, StringComparison.Ordinal);
        Assert.Contains("Luật 72/2025/QH15", finding.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDepartmentReport_StaysAViolation()
    {
        // The cap applies to inherited obligations only.
        var report = Scenario.LaiChau().AsOf(2025, 12, 31).Report;

        Assert.Equal(FindingSeverity.Violation, Assert.Single(report.Findings, f => f.Code == FindingCodes.ReportMissing && f.BodyId == "so-y-te" && f.Period == 2025).Severity);
    }

    [Fact]
    public void MissingCommuneReport_RequestNamingTheCommunesGroup_IsAViolationConfirmedByIt()
    {
        var r = Scenario.LaiChau().Request(Request("YC-XA", groups: [GroupIds.Communes])).AsOf(2025, 12, 31);

        var finding = r.Single(FindingCodes.ReportMissing, "xa-ta-tong");

        Assert.Equal(FindingSeverity.Violation, finding.Severity);
        Assert.Equal(Confidence.Confirmed, finding.ObligationConfidence);
        Assert.Contains("YC-XA", finding.Message.Vi, StringComparison.Ordinal);
        Assert.All(Communes(r.Report, 2025), c => Assert.Equal(Confidence.Confirmed, c.ObligationConfidence));
    }

    [Fact]
    public void MissingCommuneReport_RequestNamingOneCommune_ConfirmsThatCommuneOnly()
    {
        var r = Scenario.LaiChau().Request(Request("YC-1", bodies: ["xa-ta-tong"])).AsOf(2025, 12, 31);

        Assert.Equal(FindingSeverity.Violation, r.Single(FindingCodes.ReportMissing, "xa-ta-tong").Severity);
        Assert.Equal(FindingSeverity.Warning, r.Single(FindingCodes.ReportMissing, "xa-mu-ca").Severity);
    }

    [Fact]
    public void MissingCommuneReport_RequestNamingNobody_StaysAWarning()
    {
        // A request that lists no body and no group addresses everyone: it confirms nothing.
        var r = Scenario.LaiChau().Request(Request("YC-ALL")).AsOf(2025, 12, 31);

        Assert.Equal(FindingSeverity.Warning, r.Single(FindingCodes.ReportMissing, "xa-ta-tong").Severity);
    }

    [Fact]
    public void RequestDatedAfterTheAsOfDate_DoesNotConfirmYet()
    {
        var r = Scenario.LaiChau().Request(Request("YC-XA", groups: [GroupIds.Communes], documentDate: new DateOnly(2026, 2, 1))).AsOf(2025, 12, 31);

        Assert.Equal(FindingSeverity.Warning, r.Single(FindingCodes.ReportMissing, "xa-ta-tong").Severity);
    }

    [Fact]
    public void SettingOff_NoCommuneAppears()
    {
        var report = Scenario.LaiChau().Policy(p => p with { CommunesInheritDistrictDuties = false }).AsOf(2026, 12, 31).Report;

        Assert.Empty(Communes(report, 2025));
        Assert.Empty(Communes(report, 2026));
        Assert.DoesNotContain(report.Findings, f => f.ObligationConfidence == Confidence.Partial);
    }

    [Fact]
    public void CommuneReportOnTime_NoFinding()
    {
        var r = Scenario.LaiChau().Report("xa-ta-tong", 2025, "2025-12-15T09:00:00+07:00").AsOf(2025, 12, 31);

        Assert.Equal(ReportCellStatus.OnTime, r.Cell("xa-ta-tong", 2025).Status);
        Assert.DoesNotContain(r.Report.Findings, f => f.BodyId == "xa-ta-tong");
    }

    private static ReportRequest Request(string id, IReadOnlyList<string>? bodies = null, IReadOnlyList<string>? groups = null, DateOnly? documentDate = null) => new()
    {
        Id = id,
        Kind = ReportRequestKind.PeriodDeadline,
        DocumentNumber = "1789/SNV-CCVC",
        DocumentDate = documentDate ?? new DateOnly(2025, 11, 20),
        Issuer = "so-noi-vu",
        Period = 2025,
        DueOn = new DateOnly(2025, 12, 16),
        Bodies = bodies ?? [],
        Groups = groups ?? [],
    };
}
