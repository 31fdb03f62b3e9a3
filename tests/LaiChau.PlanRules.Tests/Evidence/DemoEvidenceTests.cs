using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Evidence;

public sealed class DemoEvidenceTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    [Fact]
    public void Load_IsIllustrativeAndSaysSo()
    {
        var demo = DemoEvidence.Load();

        Assert.True(demo.Illustrative);
        Assert.Contains("MINH HỌA", demo.Description);
        Assert.False(demo.Plan!.AppendixPublished);
        Assert.NotNull(demo.AsOf);
        Assert.NotNull(demo.Plan.SignedOn);
    }

    [Fact]
    public void Evaluate_OwnAsOf_ShowsEveryFindingCode()
    {
        var report = Evaluator.Evaluate(DemoEvidence.Load());

        var expected = typeof(FindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).Order();
        Assert.Equal(expected, report.Findings.Select(f => f.Code).Distinct().Order());
        Assert.True(report.Illustrative);
        Assert.Contains(report.Notes, n => n.Code == NoteCodes.EvidenceAfterAsOf);
        Assert.Contains(report.Notes, n => n.Code == NoteCodes.IllustrativeData);
    }

    [Fact]
    public void Evaluate_OwnAsOf_EveryObligatedBodyHasAReportCellIn2024And2025()
    {
        var report = Evaluator.Evaluate(DemoEvidence.Load());

        foreach (var period in new[] { 2024, 2025 })
        {
            var cells = report.ReportStatuses.Where(c => c.Period == period).ToList();
            // From 2025 the communes carry the districts' duty (inherited; the districts ended on 01/7/2025).
            var obligated = new[] { GroupIds.Departments, GroupIds.Associations, GroupIds.Districts, GroupIds.Communes }
                .SelectMany(g => Evaluator.Catalog.MembersOn(g, new DateOnly(period, 12, 14))).Select(b => b.Id).Distinct();
            Assert.Equal(obligated.Order(StringComparer.Ordinal), cells.Select(c => c.BodyId).Order(StringComparer.Ordinal));
            // Most bodies report on time: the demo shows problems, not a province in chaos.
            Assert.True(cells.Count(c => c.Status == ReportCellStatus.OnTime) > cells.Count * 3 / 4);
        }
    }

    [Fact]
    public void Load_TwiceGivesTheSameInstance()
    {
        Assert.Same(DemoEvidence.Load(), DemoEvidence.Load());
    }
}
