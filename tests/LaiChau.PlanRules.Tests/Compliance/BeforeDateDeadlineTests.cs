using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// "trước ngày X" (before day X): the last day is X − 1 and it is never moved onto X, the day the text
/// excludes; the task's period follows from that last day, and REPORT_INCOMPLETE and the task table agree.
/// </summary>
public sealed class BeforeDateDeadlineTests
{
    private static Scenario PL02() => Scenario.LaiChau().Task("PL-02", "so-tu-phap", "trước ngày 15/12/2025");

    [Fact]
    public void Task_BeforeDateWhoseLastDayIsASunday_DueOnTheSundayInItsPeriod()
    {
        // 14/12/2025 is a Sunday: rolling forward would give 15/12, the excluded day, and period 2026.
        var report = PL02().AsOf(2026, 1, 10).Report;

        var entry = Assert.Single(report.TaskStatuses, t => t.TaskId == "PL-02");
        Assert.Equal(new DateOnly(2025, 12, 14), entry.DueOn);
        Assert.Equal(2025, entry.Period);
        Assert.Equal(TaskComplianceStatus.OpenOverdue, entry.Status);
    }

    [Theory]
    [InlineData(14, TaskComplianceStatus.CompletedOnTime)] // on the last day the text allows (a Sunday)
    [InlineData(15, TaskComplianceStatus.CompletedLate)] // on X itself: the text excludes it
    public void Task_CompletedOnTheLastDayOrOnX_OnTimeOrLate(int day, TaskComplianceStatus expected)
    {
        var report = PL02().Progress("PL-02", TaskProgressStatus.Completed, new DateOnly(2025, 12, day)).AsOf(2026, 1, 10).Report;

        Assert.Equal(expected, Assert.Single(report.TaskStatuses, t => t.TaskId == "PL-02").Status);
        Assert.Equal(expected == TaskComplianceStatus.CompletedLate, report.Findings.Any(f => f.Code == FindingCodes.TaskCompletedLate));
    }

    [Fact]
    public void Task_BeforeDate_TheReportOfItsPeriodMustCoverIt()
    {
        // The 2025 report of the lead body without a result for PL-02 is incomplete; the 2026 report owes nothing.
        var r = PL02()
            .Report("so-tu-phap", 2025, "2025-12-15T09:00:00+07:00")
            .Report("so-tu-phap", 2026, "2026-12-15T09:00:00+07:00")
            .AsOf(2026, 12, 31);

        var incomplete = Assert.Single(r.Of(FindingCodes.ReportIncomplete));
        Assert.Equal(2025, incomplete.Period);
        Assert.Contains("PL-02", incomplete.Details);
    }

    [Fact]
    public void Task_PreviousWorkingDayPolicy_MovesBackToFriday()
    {
        var report = PL02().Policy(p => p with { BeforeDateOnDayOff = BeforeDateDayOff.PreviousWorkingDay }).AsOf(2026, 1, 10).Report;

        Assert.Equal(new DateOnly(2025, 12, 12), Assert.Single(report.TaskStatuses, t => t.TaskId == "PL-02").DueOn);
    }

    [Fact]
    public void Explain_BeforeDateOnASunday_SaysTheDeadlineDoesNotMove()
    {
        var scenario = PL02();
        var report = scenario.AsOf(2026, 1, 10).Report;
        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.TaskOverdue);

        var steps = scenario.Evaluator.Explain(report, finding.Id)!.DeadlineSteps;

        Assert.Contains(steps, s => s.Vi.Contains("hạn không dời", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.Vi.Contains("15/12/2025", StringComparison.Ordinal) && s.Vi.Contains("chuyển sang", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-10-15")] // before the task's period has even begun
    [InlineData("2024-12-20")] // in the first period covered
    [InlineData("2026-06-29")] // the day before the deadline
    public void Task_OneOffDueInALaterPeriodStillOpen_CountedOnceAsOpenWithinDeadline(string asOf)
    {
        var report = Scenario.LaiChau().Task("PL-09", "so-noi-vu", "30/06/2026")
            .Progress("PL-09", TaskProgressStatus.InProgress).AsOf(DateOnly.Parse(asOf)).Report;

        var entry = Assert.Single(report.TaskStatuses, t => t.TaskId == "PL-09");
        Assert.Equal(TaskComplianceStatus.OpenWithinDeadline, entry.Status);
        Assert.Equal(2026, entry.Period);
        Assert.Equal(1, report.Totals.TasksOpenWithinDeadline);
    }

    [Fact]
    public void Task_RecurringInstanceOfALaterPeriod_NotListedBeforeItsWindow()
    {
        // "Hằng năm": the 2026 instance is listed from 15/12/2025, the start of the 2026 window.
        var report = Scenario.LaiChau().Task("PL-10", "so-noi-vu", "Hằng năm").AsOf(2025, 10, 15).Report;

        Assert.DoesNotContain(report.TaskStatuses, t => t.TaskId == "PL-10" && t.Period == 2026);
        Assert.Contains(report.TaskStatuses, t => t.TaskId == "PL-10" && t.Period == 2025);
    }
}
