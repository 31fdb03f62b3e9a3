using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>AppliedChanges counts "additions, withdrawals, date moves": a host compares it with what it sent.</summary>
public class ComplianceMonitorAppliedChangesTests
{
    [Fact]
    public void AppliedChanges_CountsAdditionsWithdrawalsAndDateMoves()
    {
        using var monitor = ComplianceEvaluator.Create().CreateMonitor(new EvidenceSet
        {
            AsOf = new DateOnly(2024, 12, 20),
            Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
        });
        var before = monitor.AppliedChanges;

        monitor.AddReport(new ReceivedReport { Id = "A", Body = "so-y-te", Period = 2024, ReceivedAt = new DateTimeOffset(2024, 12, 16, 9, 0, 0, TimeSpan.FromHours(7)) });
        monitor.AddStudy(new StudyHeld { Id = "S", Body = "so-y-te", HeldOn = new DateOnly(2024, 11, 5) });
        Assert.True(monitor.Withdraw("A"));
        Assert.False(monitor.Withdraw("A")); // nothing to withdraw: no change
        monitor.AdvanceTo(new DateOnly(2024, 12, 21));
        monitor.AdvanceTo(new DateOnly(2024, 12, 21)); // the same date: no change

        Assert.Equal(4, monitor.AppliedChanges - before);
    }
}
