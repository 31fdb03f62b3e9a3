using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Compliance;

public class ComplianceMonitorTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    private static EvidenceSet Start(DateOnly asOf) => new()
    {
        AsOf = asOf,
        Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
        Policy = new PolicyOverrides { FirstYear = 2024, LastYear = 2026 },
    };

    private static ReceivedReport Report(string id, string body, int period, DateTimeOffset at, string? deliveredTo = "so-noi-vu") => new()
    {
        Id = id, Body = body, Period = period, ReceivedAt = at, Addressee = "ubnd-tinh", DeliveredTo = deliveredTo,
    };

    private static string Ids(ComplianceReport r) => string.Join("\n", r.Findings.Select(f => f.Id));

    [Fact]
    public void AddReport_RaisesTheFindingsThatDisappear()
    {
        using var monitor = Evaluator.CreateMonitor(Start(new DateOnly(2024, 12, 20)));
        FindingsChangedEventArgs? seen = null;
        monitor.FindingsChanged += (_, e) => seen = e;

        monitor.AddReport(Report("A", "so-tai-chinh", 2024, new DateTimeOffset(2024, 12, 19, 9, 0, 0, TimeSpan.FromHours(7))));

        Assert.NotNull(seen);
        Assert.Contains("REPORT_MISSING:annual-report:so-tai-chinh:2024", seen!.Removed);
        Assert.Contains("REPORT_LATE:annual-report:so-tai-chinh:2024", seen.Added);
    }

    [Fact]
    public void AdvanceTo_TurnsDueSoonIntoMissing()
    {
        using var monitor = Evaluator.CreateMonitor(Start(new DateOnly(2024, 12, 16)));
        Assert.Contains("REPORT_DUE_SOON:annual-report:so-y-te:2024", monitor.FindingIds);

        monitor.AdvanceTo(new DateOnly(2024, 12, 18));

        Assert.Contains("REPORT_MISSING:annual-report:so-y-te:2024", monitor.FindingIds);
        Assert.DoesNotContain("REPORT_DUE_SOON:annual-report:so-y-te:2024", monitor.FindingIds);
    }

    [Fact]
    public void Withdraw_RestoresTheEarlierFindings()
    {
        using var monitor = Evaluator.CreateMonitor(Start(new DateOnly(2024, 12, 20)));
        var before = monitor.FindingIds;
        monitor.AddReport(Report("A", "so-tai-chinh", 2024, new DateTimeOffset(2024, 12, 16, 9, 0, 0, TimeSpan.FromHours(7))));

        Assert.True(monitor.Withdraw("A"));

        Assert.Equal(before, monitor.FindingIds);
    }

    [Fact]
    public void Replace_CorrectsAReport_AsAFullEvaluationWould()
    {
        using var monitor = Evaluator.CreateMonitor(Start(new DateOnly(2024, 12, 20)));
        monitor.AddReport(Report("A", "so-tai-chinh", 2024, new DateTimeOffset(2024, 12, 19, 9, 0, 0, TimeSpan.FromHours(7))));
        var changes = 0;
        monitor.FindingsChanged += (_, _) => changes++;

        monitor.Replace(Report("A", "so-tai-chinh", 2024, new DateTimeOffset(2024, 12, 16, 9, 0, 0, TimeSpan.FromHours(7))));

        Assert.Equal(1, changes); // one change, one event
        Assert.DoesNotContain("REPORT_LATE:annual-report:so-tai-chinh:2024", monitor.FindingIds);
        Assert.Equal(Ids(Evaluator.Evaluate(monitor.CurrentEvidence(), monitor.AsOf)), Ids(monitor.Snapshot()));
    }

    [Fact]
    public void Replace_WithAnInconsistentItem_KeepsTheOneItReplaces()
    {
        using var monitor = Evaluator.CreateMonitor(Start(new DateOnly(2024, 12, 20)));
        var original = Report("A", "so-tai-chinh", 2024, new DateTimeOffset(2024, 12, 16, 9, 0, 0, TimeSpan.FromHours(7)));
        monitor.AddReport(original);
        var before = monitor.FindingIds;

        Assert.Throws<LaiChau.PlanRules.PlanRulesInputException>(() => monitor.Replace(original with { Body = "no-such-body" }));

        Assert.Equal(original, Assert.Single(monitor.CurrentEvidence().Reports));
        Assert.Equal(before, monitor.FindingIds);
    }

    [Fact]
    public void Replace_ARequest_ThrowsArgumentException()
    {
        using var monitor = Evaluator.CreateMonitor(Start(new DateOnly(2024, 12, 20)));
        var request = new ReportRequest { Id = "Q", Kind = ReportRequestKind.AdHoc, DocumentNumber = "1/UBND-TH", DueOn = new DateOnly(2024, 12, 30) };

        Assert.Throws<ArgumentException>(() => monitor.Replace(request));
    }

    [Fact]
    public void AdvanceTo_PastARequestsDate_FilesReportsUnderTheRequestedObligation()
    {
        // The request counts from 01/12/2025; a report answering it, held before, must follow it into the new obligations.
        var request = new ReportRequest
        {
            Id = "Q", Kind = ReportRequestKind.AdHoc, DocumentNumber = "12/UBND-TH", DocumentDate = new DateOnly(2025, 12, 1), DueOn = new DateOnly(2025, 12, 10), Period = 2025,
        };
        using var monitor = Evaluator.CreateMonitor(Start(new DateOnly(2025, 11, 20)) with { Requests = [request] });
        monitor.AddReport(Report("A", "so-tai-chinh", 2025, new DateTimeOffset(2025, 11, 25, 9, 0, 0, TimeSpan.FromHours(7))) with { RequestId = "Q" });

        monitor.AdvanceTo(new DateOnly(2025, 12, 5));
        monitor.AddReport(Report("B", "so-tai-chinh", 2025, new DateTimeOffset(2025, 12, 4, 9, 0, 0, TimeSpan.FromHours(7))) with { RequestId = "Q" });

        Assert.Equal(Ids(Evaluator.Evaluate(monitor.CurrentEvidence(), monitor.AsOf)), Ids(monitor.Snapshot()));
    }

    [Fact]
    public void RandomSequencesOfChanges_AlwaysEqualAFullEvaluation()
    {
        var random = new Random(20261127);
        var bodies = Scenario.Obligated(2024).Concat(["ubnd-tam-duong", "dai-phat-thanh-truyen-hinh"]).ToArray();
        for (var run = 0; run < 6; run++)
        {
            var asOf = new DateOnly(2024, 12, 5);
            using var monitor = Evaluator.CreateMonitor(Start(asOf));
            var live = new List<string>();
            for (var step = 0; step < 40; step++)
            {
                var action = random.Next(10);
                if (action < 6)
                {
                    var id = $"R{run}-{step}";
                    var period = random.Next(2024, 2026);
                    var at = new DateTimeOffset(period, 12, 10, 8, 0, 0, TimeSpan.FromHours(7)).AddHours(random.Next(0, 24 * 20));
                    var body = bodies[random.Next(bodies.Length)];
                    try
                    {
                        monitor.AddReport(Report(id, body, period, at, random.Next(4) == 0 ? "ubnd-tinh" : "so-noi-vu"));
                        live.Add(id);
                    }
                    catch (LaiChau.PlanRules.PlanRulesInputException)
                    {
                        // e.g. a body that does not exist in that period is still accepted (unexpected); anything else must not happen
                        throw;
                    }
                }
                else if (action < 8 && live.Count > 0)
                {
                    var id = live[random.Next(live.Count)];
                    Assert.True(monitor.Withdraw(id));
                    live.Remove(id);
                }
                else
                {
                    asOf = asOf.AddDays(random.Next(1, 30));
                    monitor.AdvanceTo(asOf);
                }

                var full = Evaluator.Evaluate(monitor.CurrentEvidence(), monitor.AsOf);
                Assert.Equal(Ids(full), Ids(monitor.Snapshot()));
                Assert.Equal(full.Findings.Select(f => f.Id).Order(StringComparer.Ordinal), monitor.FindingIds);
            }
        }
    }

    [Fact]
    public async Task ConcurrentProducers_LoseNoEvidence()
    {
        using var monitor = Evaluator.CreateMonitor(Start(new DateOnly(2025, 12, 31)));
        var bodies = Scenario.Obligated(2025);
        var before = monitor.AppliedChanges;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                monitor.AddReport(Report($"P{t}-{i}", bodies[(t * 25 + i) % bodies.Count], 2025, new DateTimeOffset(2025, 12, 15, 9, 0, 0, TimeSpan.FromHours(7)).AddMinutes(i)));
            }
        })));

        Assert.Equal(before + 200, monitor.AppliedChanges);
        Assert.Equal(200, monitor.CurrentEvidence().Reports.Count);
        Assert.Equal(Ids(Evaluator.Evaluate(monitor.CurrentEvidence(), monitor.AsOf)), Ids(monitor.Snapshot()));
    }
}
