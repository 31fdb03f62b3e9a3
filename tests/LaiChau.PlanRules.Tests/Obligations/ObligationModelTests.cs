using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Obligations;

public sealed class ObligationModelTests
{
    private static ObligationModel Build(Action<CompliancePolicy>? configure = null, PlanDocument? plan = null)
    {
        var policy = new CompliancePolicy { FirstYear = 2024, LastYear = 2026 };
        configure?.Invoke(policy);
        return ObligationModel.Build(plan ?? PlanDocument.LaiChau, BodyCatalog.LaiChau, new DeadlineCalculator(WorkingDayCalendar.Vietnam, policy), []);
    }

    private static IEnumerable<Obligation> AnnualReports(ObligationModel m, int year) =>
        m.Obligations.Where(o => o.Kind == ObligationKind.AnnualReport && o.Period == year);

    [Fact]
    public void Build_2024_EveryDepartmentAssociationAndDistrictOwesTheAnnualReport()
    {
        var m = Build();

        var bodies = AnnualReports(m, 2024).Select(o => o.BodyId).ToHashSet();

        Assert.Contains("so-noi-vu", bodies);
        Assert.Contains("hoi-luat-gia", bodies);
        Assert.Equal(8, bodies.Count(b => BodyCatalog.LaiChau.Get(b).Kind == BodyKind.DistrictPeoplesCommittee));
        Assert.DoesNotContain("ubnd-tinh", bodies); // the recipient, not an obligated body
        Assert.DoesNotContain("dai-phat-thanh-truyen-hinh", bodies); // a recipient of the plan, not obligated
    }

    [Fact]
    public void Build_AnnualReport_CitesIII1AndRoutesToUbndTinhViaSoNoiVu()
    {
        var o = Build().Find(ObligationModel.AnnualKey("annual-report", "so-tu-phap", 2024))!;

        Assert.StartsWith("III.1", o.ClausePath, StringComparison.Ordinal);
        Assert.Equal("ubnd-tinh", o.Route!.AddresseeBodyId);
        Assert.Equal("so-noi-vu", o.Route.ViaBodyId);
        Assert.Equal(new DateOnly(2024, 12, 17), o.DueOn);
        Assert.True(o.IsReport);
    }

    [Fact]
    public void Build_AnnualReport_AcceptsTheOfficeThatReceivesForUbndTinh()
    {
        // The catalog says Văn phòng UBND tỉnh receives for UBND tỉnh (receivesFor); the obligation carries it.
        var m = Build();

        Assert.Equal(["van-phong-ubnd"], m.Find(ObligationModel.AnnualKey("annual-report", "so-tu-phap", 2024))!.RouteReceivers);
        Assert.Equal(["van-phong-ubnd"], m.Find(ObligationModel.AnnualKey("annual-report", "so-noi-vu", 2024))!.RouteReceivers);
        Assert.Empty(m.Obligations.First(o => o.Route is null).RouteReceivers);
    }

    [Fact]
    public void Build_DepartmentMergedOn01032025_OwesNo2025Report()
    {
        // Sở Kế hoạch và Đầu tư was merged into Sở Tài chính from 01/3/2025: before the 2025 cut-off.
        var m = Build();

        Assert.Contains(AnnualReports(m, 2024), o => o.BodyId == "so-ke-hoach-dau-tu");
        Assert.DoesNotContain(AnnualReports(m, 2025), o => o.BodyId == "so-ke-hoach-dau-tu");
        Assert.Contains(AnnualReports(m, 2025), o => o.BodyId == "so-tai-chinh");
    }

    [Fact]
    public void Build_IdsAreUniqueAndFindable()
    {
        var m = Build();

        Assert.Equal(m.Obligations.Count, m.Obligations.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(m.Obligations, o => Assert.Same(o, m.Find(o.Id)));
        Assert.Null(m.Find("no-such-obligation"));
    }

    [Fact]
    public void Build_UnsignedPlanWithoutFirstYear_IsAnInputErrorAtPlanSignedOn()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => Build(p => p.FirstYear = null));

        Assert.Equal("plan.signedOn", e.JsonPath);
    }

    [Fact]
    public void Build_FirstYearAfterLastYear_IsAnInputErrorAtPolicyLastYear()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => Build(p => { p.FirstYear = 2027; p.LastYear = 2026; }));

        Assert.Equal("policy.lastYear", e.JsonPath);
    }

    [Fact]
    public void Build_PeriodsCovered_FollowThePolicy()
    {
        var m = Build(p => p.LastYear = 2025);

        Assert.Equal((2024, 2025), (m.FirstYear, m.LastYear));
        Assert.DoesNotContain(m.Obligations, o => o.Period > 2025);
    }
}
