using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// A change a monitor refuses leaves it exactly as it was, and after any sequence of valid and invalid changes the
/// monitor equals a full evaluation of the evidence it accepted (issue "Reliability, round two": atomic monitor).
/// </summary>
public class MonitorAtomicityTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    private static readonly string[] Bodies = ["so-y-te", "so-tu-phap", "so-tai-chinh", "so-noi-vu", "hoi-luat-gia", "ubnd-tam-duong", "xa-muong-kim"];

    private static EvidenceSet Start() => new()
    {
        AsOf = new DateOnly(2025, 12, 1),
        Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
        Policy = new PolicyOverrides { FirstYear = 2024, LastYear = 2026 },
        Requests =
        [
            // Counts from 02/01/2026 and asks every body for a report: with a tight obligations limit, moving past it must fail, and change nothing.
            new ReportRequest { Id = "YC-ALL", Kind = ReportRequestKind.AdHoc, DocumentNumber = "9/UBND-TH", DocumentDate = new DateOnly(2026, 1, 2), DueOn = new DateOnly(2026, 1, 20) },
            new ReportRequest { Id = "YC-OK", Kind = ReportRequestKind.PeriodDeadline, DocumentNumber = "10/SNV-CCVC", DocumentDate = new DateOnly(2025, 12, 20), Period = 2025, DueOn = new DateOnly(2025, 12, 26) },
        ],
    };

    private static string State(ComplianceMonitor m)
    {
        using var w = new StringWriter();
        ComplianceReportJson.Write(m.Snapshot(), w);
        return m.AsOf.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\n" + string.Join(",", m.CurrentEvidence().Reports.Select(r => r.Id + "@" + r.ReceivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))) + "\n" + w;
    }

    [Fact]
    public void AdvanceTo_OverARequestThatCannotCount_ThrowsAndChangesNothing()
    {
        // The smallest limit the evidence fits before the request counts: the request's obligations then exceed it.
        bool Fits(int n) => !Fails(() => ComplianceEvaluator.Create(o => o.MaxObligations = n).CreateMonitor(Start()).Dispose());
        var (lo, limit) = (1, 1);
        while (!Fits(limit)) (lo, limit) = (limit, limit * 2);
        while (lo + 1 < limit)
        {
            var mid = (lo + limit) / 2;
            if (Fits(mid)) limit = mid; else lo = mid;
        }

        var evaluator = ComplianceEvaluator.Create(o => o.MaxObligations = limit);
        using var monitor = evaluator.CreateMonitor(Start());
        monitor.AddReport(Report("R1", "so-y-te", 2025, new DateTimeOffset(2025, 12, 10, 9, 0, 0, TimeSpan.FromHours(7))));
        var before = State(monitor);
        var applied = monitor.AppliedChanges;

        var e = Assert.Throws<PlanRulesInputException>(() => monitor.AdvanceTo(new DateOnly(2026, 1, 5)));

        Assert.Equal(before, State(monitor));
        Assert.Equal(applied, monitor.AppliedChanges);
        Assert.Contains("MaxObligations", e.Reason, StringComparison.Ordinal);
        monitor.AdvanceTo(new DateOnly(2026, 1, 1)); // still usable, up to the day before the request counts
        Assert.Equal(new DateOnly(2026, 1, 1), monitor.AsOf);
    }

    private static bool Fails(Action a)
    {
        try
        {
            a();
            return false;
        }
        catch (PlanRulesInputException)
        {
            return true;
        }
    }

    [Fact]
    public void Replace_ThatFailsValidation_KeepsTheItemInItsPlace()
    {
        using var monitor = Evaluator.CreateMonitor(Start());
        monitor.AddReport(Report("R1", "so-y-te", 2025, new DateTimeOffset(2025, 11, 10, 9, 0, 0, TimeSpan.FromHours(7))));
        monitor.AddReport(Report("R2", "so-tu-phap", 2025, new DateTimeOffset(2025, 11, 11, 9, 0, 0, TimeSpan.FromHours(7))));
        var before = State(monitor);

        Assert.Throws<PlanRulesInputException>(() => monitor.Replace(Report("R1", "so-y-te", 2024, new DateTimeOffset(2025, 11, 10, 9, 0, 0, TimeSpan.FromHours(7))) with { Replaces = "R2" }));
        Assert.Throws<PlanRulesInputException>(() => monitor.Replace(Report("R1", "no-such-body", 2025, new DateTimeOffset(2025, 11, 10, 9, 0, 0, TimeSpan.FromHours(7)))));

        Assert.Equal(before, State(monitor));
    }

    [Fact]
    public void RandomValidAndInvalidOperations_LeaveTheMonitorEqualToAFullEvaluationOfWhatItAccepted()
    {
        var random = new Random(20261201);
        for (var run = 0; run < 4; run++)
        {
            using var monitor = Evaluator.CreateMonitor(Start());
            var held = new List<string>();
            for (var step = 0; step < 45; step++)
            {
                var before = State(monitor);
                var id = $"R{run}-{step}";
                var period = random.Next(2024, 2027);
                var at = new DateTimeOffset(2025, 11, 20, 8, 0, 0, TimeSpan.FromHours(7)).AddHours(random.Next(0, 24 * 30));
                var body = Bodies[random.Next(Bodies.Length)];
                Exception? error = null;
                var op = random.Next(9);
                try
                {
                    switch (op)
                    {
                        case 0: monitor.AddReport(Report(id, body, period, at)); held.Add(id); break;
                        case 1: monitor.AddReport(Report(id, "no-such-body", period, at)); break; // unknown body
                        case 2 when held.Count > 0: monitor.AddReport(Report(held[random.Next(held.Count)], body, period, at)); break; // id used twice
                        case 3 when held.Count > 0:
                            var target = held[random.Next(held.Count)];
                            monitor.Replace(Report(target, body, period, at) with { Replaces = random.Next(2) == 0 ? "missing-id" : null });
                            break;
                        case 4 when held.Count > 1:
                            var replaced = held[random.Next(held.Count)];
                            monitor.AddReport(Report(id, body, period, at) with { Replaces = replaced }); // valid only for the same body and period
                            held.Add(id);
                            break;
                        case 5 when held.Count > 0:
                            var w = held[random.Next(held.Count)];
                            if (monitor.Withdraw(w)) held.Remove(w);
                            break;
                        case 6: monitor.AdvanceTo(monitor.AsOf.AddDays(random.Next(1, 20))); break;
                        case 7: monitor.AddReport(Report(id, body, period, DateTimeOffset.MaxValue)); break; // out of range
                        default: monitor.AdvanceTo(monitor.AsOf.AddDays(-1)); break; // backwards
                    }
                }
                catch (Exception e) when (e is PlanRulesInputException or InvalidOperationException or ArgumentOutOfRangeException)
                {
                    error = e;
                    held.RemoveAll(h => !monitor.CurrentEvidence().Reports.Any(r => r.Id == h));
                }

                if (error is not null) Assert.True(before == State(monitor), $"operation {op} at step {step} of run {run} failed ({error.Message}) and changed the monitor");
                var full = Evaluator.Evaluate(monitor.CurrentEvidence(), monitor.AsOf);
                Assert.Equal(full.Findings.Select(f => f.Id), monitor.Snapshot().Findings.Select(f => f.Id));
                Assert.Equal(full.Findings.Select(f => f.Id).Order(StringComparer.Ordinal), monitor.FindingIds);
            }
        }
    }

    private static ReceivedReport Report(string id, string body, int period, DateTimeOffset at) => new()
    {
        Id = id, Body = body, Period = period, ReceivedAt = at, Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu",
    };
}
