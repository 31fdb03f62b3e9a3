using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>Another province's plan of the same shape loads without code changes and yields its obligations.</summary>
public class OtherProvincePlanTests
{
    private static readonly ComplianceEvaluator Evaluator =
        ComplianceEvaluator.Create(o => o.PlanFile = Path.Combine(AppContext.BaseDirectory, "TestData", "other-province-plan.json"));

    private static ComplianceReport Evaluate(DateOnly asOf, params ReceivedReport[] reports) =>
        Evaluator.Evaluate(new EvidenceSet { AsOf = asOf, Policy = new PolicyOverrides { LastYear = 2027 }, Reports = reports });

    [Fact]
    public void StatedDeadline_IsConfirmed_AndReadLiterally()
    {
        // "trước ngày 15/12 hằng năm": the last day is 14/12 (the literal reading, a policy); 14/12/2025 is a
        // Sunday, and it stays: rolling forward would land on 15/12, the day the text excludes.
        var report = Evaluate(new DateOnly(2025, 12, 31));

        var cell = report.ReportStatuses.First(c => c.BodyId == "so-tai-chinh" && c.Period == 2025);
        Assert.Equal(new DateOnly(2025, 12, 14), cell.DueOn);
        Assert.Equal(Confidence.Confirmed, cell.DueConfidence);
        var finding = report.Findings.First(f => f.Code == FindingCodes.ReportMissing && f.BodyId == "so-tai-chinh");
        Assert.Equal("IV.2.d2", finding.ClausePath);
        Assert.False(finding.IsDueAssumed);
    }

    [Fact]
    public void CommunesNamedByThePlan_AreObligatedFromTheirEstablishment()
    {
        var report = Evaluate(new DateOnly(2025, 12, 31));

        Assert.Equal(38, report.ReportStatuses.Count(c => c.Period == 2025 && (c.BodyId.StartsWith("xa-", StringComparison.Ordinal) || c.BodyId.StartsWith("phuong-", StringComparison.Ordinal))));
        Assert.DoesNotContain(report.ReportStatuses, c => c.BodyId.StartsWith("ubnd-", StringComparison.Ordinal) && c.BodyId != "ubnd-tinh");
    }

    [Fact]
    public void FirstPeriod_FollowsTheSigningDate()
    {
        // Signed 15/09/2025: the first cut-off after it is 14/12/2025.
        var report = Evaluate(new DateOnly(2026, 1, 10));

        Assert.Equal(2025, report.PeriodsCovered.First);
        Assert.DoesNotContain(report.ReportStatuses, c => c.Period == 2024);
    }
}
