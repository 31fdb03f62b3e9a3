using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Compliance;

public class EvidenceKeysTests
{
    private static readonly ReportRequest AdHoc = new()
    {
        Id = "Q", Kind = ReportRequestKind.AdHoc, DocumentNumber = "12/UBND-TH", DocumentDate = new DateOnly(2024, 11, 1), DueOn = new DateOnly(2024, 11, 20), Period = 2024,
    };

    [Fact]
    public void Of_AReport_IsItsAnnualReportObligation()
    {
        var keys = new EvidenceKeys(MonitorFixtures.Context().Model, []);

        Assert.Equal(["annual-report:so-tai-chinh:2024"], keys.Of(MonitorFixtures.Report("A"), "report"));
    }

    [Fact]
    public void Of_AReportForABodyThatOwesNone_IsAnUnexpectedKey()
    {
        var keys = new EvidenceKeys(MonitorFixtures.Context().Model, []);

        var key = Assert.Single(keys.Of(MonitorFixtures.Report("A", body: "ubnd-tinh"), "report"));

        Assert.Equal(EvidenceKeys.Unexpected("A"), key);
        Assert.True(EvidenceKeys.IsUnexpected(key));
    }

    [Fact]
    public void Of_AReportAnsweringARequest_IsTheAdHocObligation()
    {
        var keys = new EvidenceKeys(MonitorFixtures.Context(AdHoc).Model, [AdHoc]);

        Assert.Equal(["request:Q:so-tai-chinh:2024"], keys.Of(MonitorFixtures.Report("A", requestId: "Q"), "report"));
    }

    [Fact]
    public void Of_AReportNamingAnUnknownRequest_ThrowsAtItsRequestId()
    {
        var keys = new EvidenceKeys(MonitorFixtures.Context().Model, []);

        var e = Assert.Throws<PlanRulesInputException>(() => keys.Of(MonitorFixtures.Report("A", requestId: "nope"), "report"));

        Assert.Equal("report.requestId", e.JsonPath);
    }

    [Fact]
    public void Of_AnImplementationPlanIssuedForAnotherBody_IsThatBodysObligation()
    {
        var keys = new EvidenceKeys(MonitorFixtures.Context().Model, []);
        var plan = new ImplementationPlanIssued { Id = "P", Body = "so-tai-chinh", OnBehalfOf = "so-y-te", IssuedOn = new DateOnly(2024, 11, 1) };

        var key = Assert.Single(keys.Of(plan, "implementationPlan"));

        Assert.EndsWith(":so-y-te", key, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_StudiesAndInspections_HaveNoKey()
    {
        var keys = new EvidenceKeys(MonitorFixtures.Context().Model, []);

        Assert.Empty(keys.Of(new StudyHeld { Id = "S", Body = "so-y-te", HeldOn = new DateOnly(2024, 11, 5) }, "study"));
        Assert.Empty(keys.Of(new InspectionHeld { Id = "I", Body = "so-y-te", Period = 2024, HeldOn = new DateOnly(2024, 11, 5) }, "inspection"));
    }
}
