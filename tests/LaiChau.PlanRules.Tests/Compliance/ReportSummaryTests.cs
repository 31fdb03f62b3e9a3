using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// The report's summaries (per body, per column of the matrix, the totals) are tallied in one pass; each must equal a
/// plain recount of the report's own cells, findings and task statuses.
/// </summary>
public class ReportSummaryTests
{
    public static TheoryData<int> Seeds() => [0, 1, 7, 42];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Summaries_EqualARecountOfTheReport(int seed)
    {
        var evidence = seed == 0 ? DemoEvidence.Load() : PartitionedEvaluationTests.RandomEvidence(seed);
        var report = ComplianceEvaluator.Create().Evaluate(evidence);

        Assert.NotEmpty(report.Findings);
        Assert.Equal(Recount(report.ReportStatuses, report.Findings, report.TaskStatuses), Key(report.Totals));

        var bodyIds = report.ReportStatuses.Select(c => c.BodyId).Concat(report.Findings.Select(f => f.BodyId)).Concat(report.TaskStatuses.Select(t => t.BodyId)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(bodyIds.Order(StringComparer.Ordinal), report.Bodies.Select(b => b.BodyId).Order(StringComparer.Ordinal));
        foreach (var b in report.Bodies)
        {
            Assert.Equal(
                Recount(report.ReportStatuses.Where(c => c.BodyId == b.BodyId), report.Findings.Where(f => f.BodyId == b.BodyId), report.TaskStatuses.Where(t => t.BodyId == b.BodyId)),
                Key(b.Counts));
        }

        var columns = report.ReportStatuses.Select(c => (c.Period, c.SubPeriod)).Distinct().ToList();
        Assert.Equal(columns.Count, report.Periods.Count);
        foreach (var p in report.Periods)
        {
            Assert.Equal(
                Recount(report.ReportStatuses.Where(c => c.Period == p.Period && Equals(c.SubPeriod, p.SubPeriod)),
                    report.Findings.Where(f => (f.Period ?? 0) == p.Period && Equals(f.SubPeriod, p.SubPeriod)),
                    report.TaskStatuses.Where(t => t.Period == p.Period && p.SubPeriod is null)),
                Key(p.Counts));
        }
    }

    private static string Key(StatusCounts c) =>
        $"{c.Reports} {c.OnTime} {c.Late} {c.Missing} {c.WrongRoute} {c.NotDue} {c.Pending} | {c.Violations} {c.Warnings} {c.Infos} | {c.TasksCompletedOnTime} {c.TasksCompletedLate} {c.TasksOpenWithinDeadline} {c.TasksOpenOverdue}";

    private static string Recount(IEnumerable<ReportStatus> cells, IEnumerable<Finding> findings, IEnumerable<TaskStatusEntry> tasks)
    {
        var c = cells.ToList();
        var f = findings.ToList();
        var t = tasks.ToList();
        int Cells(ReportCellStatus s) => c.Count(x => x.Status == s);
        int Tasks(TaskComplianceStatus s) => t.Count(x => x.Status == s);
        return $"{c.Count} {Cells(ReportCellStatus.OnTime)} {Cells(ReportCellStatus.Late)} {Cells(ReportCellStatus.Missing)} {Cells(ReportCellStatus.WrongRoute)} {Cells(ReportCellStatus.NotDue)} {c.Count(x => x.Status is not (ReportCellStatus.OnTime or ReportCellStatus.Late or ReportCellStatus.Missing or ReportCellStatus.WrongRoute or ReportCellStatus.NotDue))}"
            + $" | {f.Count(x => x.Severity == FindingSeverity.Violation)} {f.Count(x => x.Severity == FindingSeverity.Warning)} {f.Count(x => x.Severity is not (FindingSeverity.Violation or FindingSeverity.Warning))}"
            + $" | {Tasks(TaskComplianceStatus.CompletedOnTime)} {Tasks(TaskComplianceStatus.CompletedLate)} {Tasks(TaskComplianceStatus.OpenWithinDeadline)} {t.Count(x => x.Status is not (TaskComplianceStatus.CompletedOnTime or TaskComplianceStatus.CompletedLate or TaskComplianceStatus.OpenWithinDeadline))}";
    }
}
