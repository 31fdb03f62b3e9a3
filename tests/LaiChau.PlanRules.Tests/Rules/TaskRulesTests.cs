using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class TaskRulesTests
{
    // "Quý III/2025" falls due on Tue 30/9/2025.
    private static Scenario Quarter() => Scenario.LaiChau().Task("T1", "so-tai-chinh", "Quý III/2025");

    [Fact]
    public void Overdue_FiresTheDayAfterTheDeadline()
    {
        var result = Quarter().AsOf(2025, 10, 1);

        Assert.True(result.Has(FindingCodes.TaskOverdue, "so-tai-chinh"));
        Assert.Contains(result.Report.TaskStatuses, t => t.TaskId == "T1" && t.Status == TaskComplianceStatus.OpenOverdue);
    }

    [Fact]
    public void Overdue_DoesNotFireOnTheDeadline()
    {
        var result = Quarter().AsOf(2025, 9, 30);

        Assert.Empty(result.Of(FindingCodes.TaskOverdue));
        Assert.Contains(result.Report.TaskStatuses, t => t.TaskId == "T1" && t.Status == TaskComplianceStatus.OpenWithinDeadline);
    }

    [Fact]
    public void CompletedOnTime_NeitherRuleFires()
    {
        var result = Quarter().Progress("T1", TaskProgressStatus.Completed, new DateOnly(2025, 9, 20)).AsOf(2025, 10, 10);

        Assert.Empty(result.Of(FindingCodes.TaskOverdue));
        Assert.Empty(result.Of(FindingCodes.TaskCompletedLate));
        Assert.Contains(result.Report.TaskStatuses, t => t.TaskId == "T1" && t.Status == TaskComplianceStatus.CompletedOnTime);
    }

    [Fact]
    public void CompletedLate_Fires()
    {
        var result = Quarter().Progress("T1", TaskProgressStatus.Completed, new DateOnly(2025, 10, 5)).AsOf(2025, 10, 10);

        Assert.True(result.Has(FindingCodes.TaskCompletedLate, "so-tai-chinh"));
        Assert.Contains(result.Report.TaskStatuses, t => t.TaskId == "T1" && t.Status == TaskComplianceStatus.CompletedLate);
    }

    [Theory]
    // Extensions count as on time (the default policy, U): completion within the extension is on time.
    [InlineData(true, false)]
    // Extensions do not count: the same completion is late.
    [InlineData(false, true)]
    public void Extension_IsAPolicy(bool extensionCounts, bool late)
    {
        var result = Quarter()
            .Policy(p => p with { ExtensionCountsAsOnTime = extensionCounts })
            .Progress("T1", TaskProgressStatus.Completed, new DateOnly(2025, 10, 5), extendedTo: new DateOnly(2025, 10, 31))
            .AsOf(2025, 11, 3);

        Assert.Equal(late, result.Has(FindingCodes.TaskCompletedLate, "so-tai-chinh"));
    }

    [Fact]
    public void ContinuousTask_IsNeverOverdue()
    {
        var result = Scenario.LaiChau().Task("T9", "so-tai-chinh", "Thường xuyên").AsOf(2026, 12, 31);

        Assert.Empty(result.Of(FindingCodes.TaskOverdue));
        Assert.All(result.Report.TaskStatuses.Where(t => t.TaskId == "T9"), t => Assert.Equal(TaskComplianceStatus.OpenWithinDeadline, t.Status));
        Assert.Equal([2024, 2025, 2026], result.Report.TaskStatuses.Where(t => t.TaskId == "T9").Select(t => t.Period));
    }

    [Fact]
    public void GroupLead_ExpandsToEachMemberLead()
    {
        var result = Scenario.LaiChau().Task("T5", "district-committees", "Năm 2024").AsOf(2025, 1, 5);

        Assert.Equal(8, result.Of(FindingCodes.TaskOverdue).Count());
    }
}

public class TaskProgressOutsidePeriodsTests
{
    [Fact]
    public void ProgressForAPeriodNotCovered_IsLeftOutWithANote()
    {
        var result = Scenario.LaiChau()
            .Task("T7", "so-tai-chinh", "Hằng năm")
            .Policy(p => p with { FirstYear = 2025 })
            .Progress("T7", LaiChau.PlanRules.Evidence.TaskProgressStatus.Completed, new DateOnly(2024, 11, 1), period: 2024)
            .AsOf(2025, 12, 31);

        Assert.Contains(result.Report.Notes, n => n.Code == LaiChau.PlanRules.Reports.NoteCodes.EvidenceOutsidePeriods);
        Assert.DoesNotContain(result.Report.TaskStatuses, t => t.Period == 2024);
    }
}
