using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

public class DeadlineBoundaryTests
{
    [Theory]
    // 2024: the cut-off is Sat 14/12; Mon 16 and Tue 17 are the two working days after it.
    [InlineData(2024, 2024, 12, 17)]
    // 2029: the cut-off is Fri 14/12; the first day is not counted (Civil Code Art. 147): Mon 17, Tue 18.
    [InlineData(2029, 2029, 12, 18)]
    // 2025: the cut-off is Sun 14/12: Mon 15, Tue 16.
    [InlineData(2025, 2025, 12, 16)]
    public void AnnualReport_DueTwoWorkingDaysAfterTheCutOff(int period, int y, int m, int d)
    {
        var result = Scenario.LaiChau().Policy(p => p with { LastYear = 2030 }).AsOf(2030, 12, 31);

        Assert.Equal(new DateOnly(y, m, d), result.Cell("so-tai-chinh", period).DueOn);
        Assert.Equal(Confidence.Unconfirmed, result.Cell("so-tai-chinh", period).DueConfidence);
    }

    [Theory]
    // 20/12/2025 is a Saturday: rolled forward to Monday 22/12 (Civil Code Art. 148(5)).
    [InlineData(true, 2025, 12, 22)]
    // Without roll-forward the deadline stays on the Saturday.
    [InlineData(false, 2025, 12, 20)]
    public void FixedDayOnASaturday_RollsForwardWhenThePolicySays(bool rollForward, int y, int m, int d)
    {
        var result = Scenario.LaiChau().Policy(p => p with
        {
            RollForward = rollForward,
            Deadlines = new Dictionary<string, DeadlineRule> { ["annual-report"] = DeadlineRule.OnDayOfYear(12, 20, Confidence.Confirmed, "Công văn minh họa") },
        }).AsOf(2025, 12, 31);

        Assert.Equal(new DateOnly(y, m, d), result.Cell("so-tai-chinh", 2025).DueOn);
    }

    [Theory]
    // Tết 2026: off 14/2-22/2; a công văn date of Tue 17/2/2026 (mùng 1 Tết) rolls to Mon 23/2.
    [InlineData(true, 2026, 2, 23)]
    [InlineData(false, 2026, 2, 17)]
    public void RequestDateOnTet_RollsForwardPastTheHoliday(bool rollForward, int y, int m, int d)
    {
        var result = Scenario.LaiChau()
            .Policy(p => p with { RollForward = rollForward })
            .Request(new ReportRequest
            {
                Id = "CV-1", Kind = ReportRequestKind.PeriodDeadline, DocumentNumber = "123/SNV-CCVC", DocumentDate = new DateOnly(2025, 11, 20),
                Period = 2025, DueOn = new DateOnly(2026, 2, 17),
            })
            .AsOf(2026, 3, 1);

        var cell = result.Cell("so-tai-chinh", 2025);
        Assert.Equal(new DateOnly(y, m, d), cell.DueOn);
        Assert.Equal(Confidence.Confirmed, cell.DueConfidence); // a công văn's date is confirmed
        var finding = Assert.Single(result.Report.Findings, f => f.Code == FindingCodes.ReportMissing && f.BodyId == "so-tai-chinh" && f.Period == 2025);
        Assert.False(finding.IsDueAssumed);
        Assert.Equal("CV-1", finding.DeadlinePolicy);
    }

    [Fact]
    public void PeriodRequest_AppliesOnlyToTheBodiesItAddresses()
    {
        var result = Scenario.LaiChau()
            .Request(new ReportRequest
            {
                Id = "CV-2", Kind = ReportRequestKind.PeriodDeadline, DocumentNumber = "456/UBND-TH", Period = 2025,
                DueOn = new DateOnly(2025, 12, 10), Bodies = ["so-y-te"],
            })
            .AsOf(2025, 12, 31);

        Assert.Equal(new DateOnly(2025, 12, 10), result.Cell("so-y-te", 2025).DueOn);
        Assert.Equal(new DateOnly(2025, 12, 16), result.Cell("so-tai-chinh", 2025).DueOn);
    }

    [Fact]
    public void AdHocRequest_BecomesAnObligationWithItsOwnDeadline()
    {
        var result = Scenario.LaiChau()
            .Request(new ReportRequest
            {
                Id = "DX-1", Kind = ReportRequestKind.AdHoc, DocumentNumber = "789/SNV-CCVC", DocumentDate = new DateOnly(2025, 5, 2),
                DueOn = new DateOnly(2025, 5, 15), Bodies = ["so-y-te", "so-tai-chinh"], Subject = "Báo cáo đột xuất",
            })
            .Report("so-y-te", 2025, "2025-05-14T10:00:00+07:00", requestId: "DX-1")
            .AsOf(2025, 5, 20);

        Assert.True(result.Has(FindingCodes.ReportMissing, "so-tai-chinh"));
        Assert.DoesNotContain(result.Report.Findings, f => f.BodyId == "so-y-te" && f.ObligationId!.StartsWith("request:", StringComparison.Ordinal));

        // It rests on the request and Decree 09/2019/NĐ-CP Art. 4 (báo cáo đột xuất), not on the plan's annual report (III.1.d4).
        var missing = result.Report.Findings.Single(f => f.Code == FindingCodes.ReportMissing && f.BodyId == "so-tai-chinh" && f.ObligationId!.StartsWith("request:", StringComparison.Ordinal));
        Assert.Equal("789/SNV-CCVC; Nghị định 09/2019/NĐ-CP, Điều 4 (báo cáo đột xuất)", missing.ClausePath);
    }

    [Fact]
    public void FirstYear_IsTheFirstPeriodWhoseCutOffFallsAfterSigning()
    {
        // Signed on 20/12/2024, after the 2024 cut-off: the first period is 2025.
        var result = Scenario.LaiChau().SignedOn(new DateOnly(2024, 12, 20)).Policy(p => p with { FirstYear = null }).AsOf(2025, 12, 31);

        Assert.Equal(2025, result.Report.PeriodsCovered.First);
        Assert.DoesNotContain(result.Report.ReportStatuses, c => c.Period == 2024);
    }

    [Fact]
    public void UnsignedPlanWithoutFirstYear_IsAnInputError()
    {
        var evidence = new EvidenceSet { AsOf = new DateOnly(2025, 12, 31) };

        var ex = Assert.Throws<LaiChau.PlanRules.PlanRulesInputException>(() => ComplianceEvaluator.Create().Evaluate(evidence));
        Assert.Equal("plan.signedOn", ex.JsonPath);
    }
}
