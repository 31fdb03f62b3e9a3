using System.Collections.Concurrent;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Tests.Compliance;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Many threads, one evaluator: reports are byte-identical to those of a lone thread, and the live monitor under
/// concurrent producers applies every change and ends equal to a full evaluation. (The DependencyInjection and
/// ComplianceMonitor tests compare finding ids with 16 evaluations and 8 producers; these compare report bytes,
/// start cold, mix kinds of evidence, withdrawals, date moves and readers.)
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 16;
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task Evaluate_SixteenAtOnceThroughOneColdContainer_GiveByteIdenticalReports()
    {
        // A new container: the first evaluations race to load the plan, the catalog and the calendar.
        using var provider = new ServiceCollection().AddPlanRules().BuildServiceProvider();
        var evidence = ReliabilityData.RichEvidence();
        using var start = new Barrier(Threads);

        var reports = await Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(() =>
        {
            var evaluator = provider.GetRequiredService<IComplianceEvaluator>();
            start.SignalAndWait();
            return ComplianceReportJson.Serialize(evaluator.Evaluate(evidence));
        }, TaskCreationOptions.LongRunning)));

        var alone = ComplianceReportJson.Serialize(ComplianceEvaluator.Create().Evaluate(evidence));
        Assert.All(reports, r => Assert.Equal(alone, r));
    }

    [Fact]
    public async Task Evaluate_SixteenDifferentInputsAtOnce_EachGivesItsOwnReport()
    {
        using var provider = new ServiceCollection().AddPlanRules().BuildServiceProvider();
        var evaluator = provider.GetRequiredService<IComplianceEvaluator>();
        var evidence = ReliabilityData.RichEvidence();
        var dates = Enumerable.Range(0, Threads).Select(i => new DateOnly(2024, 12, 10).AddDays(i * 31)).ToArray();
        using var start = new Barrier(Threads);

        var parallel = await Task.WhenAll(dates.Select(d => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var report = evaluator.Evaluate(evidence, d);
            return (Json: ComplianceReportJson.Serialize(report), Explained: evaluator.Explain(report, report.Findings[0].Id)!.Finding.Id);
        }, TaskCreationOptions.LongRunning)));

        var sequential = dates.Select(d => ComplianceReportJson.Serialize(ComplianceEvaluator.Create().Evaluate(evidence, d))).ToList();
        Assert.Equal(sequential, parallel.Select(p => p.Json));
        Assert.Equal(Threads, parallel.Select(p => p.Json).Distinct().Count()); // the dates do change the report
    }

    [Fact]
    public async Task Monitor_SixteenConcurrentProducers_ApplyEveryChangeAndEndEqualToAFullEvaluation()
    {
        const int itemsPerProducer = 24;
        const int dateMoves = 40;
        var evaluator = ComplianceEvaluator.Create();
        var rich = ReliabilityData.RichEvidence();
        var empty = rich with
        {
            AsOf = new DateOnly(2024, 12, 1), Reports = [], ImplementationPlans = [], Syntheses = [], Reviews = [], TaskProgress = [], Studies = [], Inspections = [],
        };
        using var monitor = evaluator.CreateMonitor(empty);
        var events = new ConcurrentQueue<FindingsChangedEventArgs>();
        monitor.FindingsChanged += (_, e) => events.Enqueue(e);
        var initial = monitor.FindingIds.ToHashSet(StringComparer.Ordinal);
        var appliedBefore = monitor.AppliedChanges;
        var bodies = Scenario.Obligated(2024).Union(Scenario.Obligated(2025)).Order(StringComparer.Ordinal).ToArray();
        var sent = 0L;
        var producing = Threads;
        using var start = new Barrier(Threads + 2);

        var producers = Enumerable.Range(0, Threads).Select(p => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var mine = new List<string>();
            for (var i = 0; i < itemsPerProducer; i++)
            {
                var id = $"P{p:00}-{i:00}";
                var body = bodies[(p * itemsPerProducer + i) % bodies.Length];
                var period = 2024 + (i % 2);
                var day = new DateOnly(period, 12, 1).AddDays((p + i) % 40);
                switch (i % 4)
                {
                    case 0 or 1:
                        monitor.AddReport(new ReceivedReport
                        {
                            Id = id, Body = body, Period = period, ReceivedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, p)), Vietnam),
                            Addressee = "ubnd-tinh", DeliveredTo = i % 8 == 0 ? "ubnd-tinh" : "so-noi-vu", TaskResults = [new TaskResult { TaskId = "t2" }],
                        });
                        break;
                    case 2:
                        monitor.AddImplementationPlan(new ImplementationPlanIssued { Id = id, Body = body, IssuedOn = day.AddDays(-300) });
                        break;
                    default:
                        if (i % 8 == 3) monitor.AddStudy(new StudyHeld { Id = id, Body = body, HeldOn = day });
                        else monitor.AddInspection(new InspectionHeld { Id = id, Body = body, Period = period, HeldOn = day });
                        break;
                }

                mine.Add(id);
                Interlocked.Increment(ref sent);
                if (i % 6 == 5)
                {
                    // Withdraw one of its own, as a clerk correcting an entry.
                    Assert.True(monitor.Withdraw(mine[i - 3]));
                    Interlocked.Increment(ref sent);
                }
            }

            Interlocked.Decrement(ref producing);
        }, TaskCreationOptions.LongRunning)).ToList();

        var advancer = Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var d = 1; d <= dateMoves; d++)
            {
                monitor.AdvanceTo(new DateOnly(2024, 12, 1).AddDays(d * 10));
                Interlocked.Increment(ref sent);
            }
        }, TaskCreationOptions.LongRunning);

        var reads = 0;
        var reader = Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            while (Volatile.Read(ref producing) > 0)
            {
                _ = ComplianceReportJson.Serialize(monitor.Snapshot());
                _ = monitor.FindingIds;
                reads++;
            }
        }, TaskCreationOptions.LongRunning);

        await Task.WhenAll([.. producers, advancer, reader]);

        Assert.Equal(sent, monitor.AppliedChanges - appliedBefore);
        var held = monitor.CurrentEvidence();
        var withdrawn = Threads * (itemsPerProducer / 6);
        Assert.Equal(Threads * itemsPerProducer - withdrawn, held.Reports.Count + held.ImplementationPlans.Count + held.Studies.Count + held.Inspections.Count);
        Assert.Equal(ComplianceReportJson.Serialize(evaluator.Evaluate(held, monitor.AsOf)), ComplianceReportJson.Serialize(monitor.Snapshot()));

        // The events, replayed on the starting findings, give the final findings: no change was lost or reordered.
        var replayed = initial;
        foreach (var e in events)
        {
            replayed.ExceptWith(e.Removed);
            replayed.UnionWith(e.Added);
        }

        Assert.Equal(monitor.FindingIds, replayed.Order(StringComparer.Ordinal));
        Assert.True(reads > 0);
    }
}
