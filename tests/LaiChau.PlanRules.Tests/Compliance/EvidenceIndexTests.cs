using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// <see cref="EvidenceIndex"/> on its own: each piece of evidence keyed to its obligation before the engine runs,
/// first received first, replacements checked, evidence after the as-of date and unexpected reports set aside,
/// and a note when the first report's route cannot be judged.
/// </summary>
public sealed class EvidenceIndexTests
{
    private const string SoTaiChinh2024 = "annual-report:so-tai-chinh:2024";
    private static readonly ObligationModel Model = MonitorFixtures.Context().Model;
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static EvidenceIndex Index(params ReceivedReport[] reports) =>
        EvidenceIndex.Build(Model, MonitorFixtures.Evidence() with { Reports = reports }, AsOf);

    private static IEnumerable<string> Ids(EvidenceIndex index, string obligationId) =>
        index.SubmissionsOf(obligationId).Select(s => s.EvidenceId);

    private static ReceivedReport On(ReceivedReport r, int year, int month, int day) =>
        r with { ReceivedAt = new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.FromHours(7)) };

    [Fact]
    public void Build_KeysEachReportAndSynthesisToItsObligation()
    {
        var synthesis = new SynthesisSubmitted { Id = "S", Period = 2024, SubmittedAt = new DateTimeOffset(2024, 12, 20, 9, 0, 0, TimeSpan.FromHours(7)) };
        var evidence = MonitorFixtures.Evidence() with
        {
            Reports = [MonitorFixtures.Report("A"), MonitorFixtures.Report("B", body: "so-y-te")],
            Syntheses = [synthesis],
        };

        var index = EvidenceIndex.Build(Model, evidence, AsOf);

        Assert.Equal(["A"], Ids(index, SoTaiChinh2024));
        Assert.Equal(["B"], Ids(index, "annual-report:so-y-te:2024"));
        var s = Assert.Single(index.SubmissionsOf("synthesis:so-noi-vu:2024"));
        Assert.Equal("ubnd-tinh", s.Addressee); // the plan's synthesis template says to whom, not the engine
        Assert.Empty(index.Unexpected);
        Assert.Empty(index.Notes);
    }

    [Fact]
    public void Build_OrdersAnObligationsReportsFirstReceivedFirst_ThenByDocumentDateAndId()
    {
        var late = MonitorFixtures.Report("A-late", day: 18);
        var undated = MonitorFixtures.Report("B-undated", day: 16);
        var dated = MonitorFixtures.Report("C-dated", day: 16) with { DocumentDate = new DateOnly(2024, 12, 13) };
        var same = MonitorFixtures.Report("D-same", day: 16);

        var index = Index(late, same, dated, undated);

        // The first received decides timeliness and route; a tie goes to the undated (earliest), then to the id.
        Assert.Equal(["B-undated", "D-same", "C-dated", "A-late"], Ids(index, SoTaiChinh2024));
    }

    [Fact]
    public void Build_AReplacingReport_JoinsTheOriginalsObligationAfterIt()
    {
        var index = Index(MonitorFixtures.Report("B", day: 18, replaces: "A"), MonitorFixtures.Report("A"));

        Assert.Equal(["A", "B"], Ids(index, SoTaiChinh2024));
        Assert.Equal("A", index.SubmissionsOf(SoTaiChinh2024)[1].Replaces);
    }

    [Fact]
    public void Build_AReportReplacingOneOfAnotherBody_IsRefusedAtItsReplaces()
    {
        var e = Assert.Throws<PlanRulesInputException>(() =>
            Index(MonitorFixtures.Report("A", body: "so-y-te"), MonitorFixtures.Report("B", replaces: "A")));

        Assert.Equal("reports[1].replaces", e.JsonPath);
        Assert.Contains("another body or period", e.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EvidenceAfterTheAsOfDate_IsLeftOutWithANote()
    {
        var evidence = MonitorFixtures.Evidence() with
        {
            Reports = [MonitorFixtures.Report("A"), On(MonitorFixtures.Report("B", body: "so-y-te"), 2026, 1, 5)],
            ImplementationPlans = [new ImplementationPlanIssued { Id = "P", Body = "so-y-te", IssuedOn = new DateOnly(2026, 1, 2) }],
        };

        var index = EvidenceIndex.Build(Model, evidence, AsOf);

        Assert.Equal(["A"], index.Answered.SelectMany(o => index.SubmissionsOf(o)).Select(s => s.EvidenceId));
        Assert.Equal(["B", "P"], index.Notes.Where(n => n.Code == NoteCodes.EvidenceAfterAsOf).Select(n => n.EvidenceId));
        Assert.Contains("05/01/2026", index.Notes[0].Message.Vi, StringComparison.Ordinal);
        Assert.Contains("31/12/2025", index.Notes[0].Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AReportReplacingOneLeftOutAfterTheAsOfDate_IsRefused()
    {
        var e = Assert.Throws<PlanRulesInputException>(() =>
            Index(On(MonitorFixtures.Report("A"), 2026, 1, 5), MonitorFixtures.Report("B", replaces: "A")));

        Assert.Equal("reports[1].replaces", e.JsonPath);
    }

    [Fact]
    public void Build_ReportsOfBodiesThatOweNone_AreUnexpected_SayingWhetherTheBodyExisted()
    {
        // UBND tỉnh is the recipient, not obligated; huyện Tam Đường was abolished on 01/7/2025, before the 2025 cut-off.
        var index = Index(
            MonitorFixtures.Report("U", body: "ubnd-tinh"),
            On(MonitorFixtures.Report("D", body: "ubnd-tam-duong", period: 2025), 2025, 12, 16));

        Assert.Empty(index.Answered);
        Assert.Collection(index.Unexpected,
            u => Assert.Equal(("U", 2024, true), (u.Submission.EvidenceId, u.Period, u.BodyExistsInPeriod)),
            u => Assert.Equal(("D", 2025, false), (u.Submission.EvidenceId, u.Period, u.BodyExistsInPeriod)));
    }

    [Fact]
    public void Build_AFirstReportWhoseRouteCannotBeJudged_GetsARouteUnknownNote()
    {
        // Addressed to UBND tỉnh, delivery not recorded: it may or may not have gone through Sở Nội vụ.
        var index = Index(MonitorFixtures.Report("A") with { DeliveredTo = null });

        var note = Assert.Single(index.Notes);
        Assert.Equal((NoteCodes.RouteUnknown, "A"), (note.Code, note.EvidenceId));
    }

    [Fact]
    public void Build_OnlyTheFirstReportsRouteIsJudged()
    {
        // The first report's route is known; a later one without a route does not make the route unknown.
        var index = Index(MonitorFixtures.Report("A"), MonitorFixtures.Report("B", day: 18) with { DeliveredTo = null, Addressee = null });

        Assert.Empty(index.Notes);
    }
}
