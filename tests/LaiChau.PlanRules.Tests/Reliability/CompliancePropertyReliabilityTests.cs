using CsCheck;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// The compliance properties on generated evidence of every kind. Compliance/CompliancePropertyTests state them
/// for reports alone, compare finding ids and run a few dozen times; these generate reports (with duplicates,
/// replacements, task results and misroutes), implementation plans, requests, studies and inspections on top of an
/// appendix, configured deadlines, a milestone and calendar overrides, compare report bytes where the property is
/// equality, and run more often (on several threads: CsCheck samples in parallel).
/// </summary>
public class CompliancePropertyReliabilityTests
{
    private const string Seed = "0N0XIzNsQ0O2";
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly EvidenceSet Rich = ReliabilityData.RichEvidence();
    private static readonly string[] AppendixTaskIds = [.. Rich.Plan!.AppendixTasks!.Select(t => t.Id)];
    private static readonly string[] Bodies =
        [.. Scenario.Obligated(2024).Union(Scenario.Obligated(2025)).Concat(["dai-phat-thanh-truyen-hinh", "ubnd-tinh"]).Distinct().Order(StringComparer.Ordinal)];

    private static readonly Gen<ReceivedReport> GenReport =
        from body in Gen.OneOfConst(Bodies)
        from period in Gen.Int[2024, 2026]
        from minutes in Gen.Int[-40 * 24 * 60, 30 * 24 * 60]
        from delivered in Gen.OneOfConst<string?>("so-noi-vu", "so-noi-vu", "ubnd-tinh", "van-phong-ubnd", null)
        from addressee in Gen.OneOfConst<string?>("ubnd-tinh", "ubnd-tinh", "so-noi-vu", null)
        from tasks in Gen.OneOfConst(AppendixTaskIds).Array[0, 3]
        select new ReceivedReport
        {
            Id = "?",
            Body = body,
            Period = period,
            ReceivedAt = new DateTimeOffset(period, 12, 16, 9, 0, 0, Vietnam).AddMinutes(minutes),
            DeliveredTo = delivered,
            Addressee = addressee,
            TaskResults = [.. tasks.Distinct().Select(t => new TaskResult { TaskId = t, Result = "Đã thực hiện" })],
        };

    private static readonly Gen<ImplementationPlanIssued> GenPlan =
        from body in Gen.OneOfConst(Bodies)
        from days in Gen.Int[0, 400]
        select new ImplementationPlanIssued { Id = "?", Body = body, IssuedOn = new DateOnly(2024, 10, 20).AddDays(days) };

    /// <summary>Evidence of every kind; ids are unique, a report may replace an earlier one of its body and period.</summary>
    private static readonly Gen<EvidenceSet> GenEvidence =
        from reports in GenReport.List[0, 24]
        from replaces in Gen.Int[0, 3].Array[24]
        from plans in GenPlan.List[0, 6]
        from requests in Gen.Int[0, 7]
        from studies in Gen.Bool
        select Rich with
        {
            Reports = Number(reports, replaces),
            ImplementationPlans = [.. plans.Select((p, i) => p with { Id = "KH-" + i })],
            Requests = [.. Rich.Requests.Where((_, i) => (requests & (1 << i)) != 0)],
            Studies = studies ? Rich.Studies : [],
            Inspections = studies ? Rich.Inspections : [],
        };

    private static readonly Gen<DateOnly> GenAsOf = Gen.Int[0, 800].Select(d => new DateOnly(2024, 12, 1).AddDays(d));

    [Fact]
    public void EvidenceOrder_NeverChangesTheReportBytes()
    {
        Gen.Select(GenEvidence, GenAsOf, Gen.Int).Sample((evidence, asOf, seed) =>
        {
            var random = new Random(seed);
            var shuffled = evidence with
            {
                Reports = Shuffle(evidence.Reports, random),
                ImplementationPlans = Shuffle(evidence.ImplementationPlans, random),
                Requests = Shuffle(evidence.Requests, random),
                TaskProgress = Shuffle(evidence.TaskProgress, random),
                Syntheses = Shuffle(evidence.Syntheses, random),
                Studies = Shuffle(evidence.Studies, random),
                Inspections = Shuffle(evidence.Inspections, random),
                Policy = evidence.Policy! with { DaysOff = Shuffle(evidence.Policy.DaysOff, random) },
            };

            Assert.Equal(Json(evidence, asOf), Json(shuffled, asOf));
        }, seed: Seed, iter: 200, print: Describe);
    }

    [Fact]
    public void AFirstCorrectOnTimeCompleteReport_NeverAddsAViolationOrWarning()
    {
        Gen.Select(GenEvidence, Gen.Int[2024, 2025], Gen.Int[0, int.MaxValue], Gen.Int[0, 400]).Sample((generated, period, pick, daysAfter) =>
        {
            // The chosen body has sent nothing for the period (not itself, nor anyone on its behalf).
            var obligated = Scenario.Obligated(period);
            var body = obligated[pick % obligated.Count];
            var evidence = generated with { Reports = [.. generated.Reports.Where(r => !(r.Period == period && (r.Body == body || r.OnBehalfOf == body)))] };
            evidence = evidence with { Reports = [.. evidence.Reports.Where(r => r.Replaces is null || evidence.Reports.Any(o => o.Id == r.Replaces))] };
            var due = Evaluator.Evaluate(evidence, new DateOnly(period + 1, 6, 30)).ReportStatuses
                .Single(c => c.ObligationId == $"annual-report:{body}:{period}").DueOn!.Value;

            // On time: received between the cut-off (or the due date, if earlier) and the end of the due day.
            var cutOff = new DateOnly(period, 12, 14);
            var from = due < cutOff ? due : cutOff;
            var received = new DateTimeOffset(from.ToDateTime(new TimeOnly(8, 0)), Vietnam).AddMinutes(pick % (((due.DayNumber - from.DayNumber) * 24 * 60) + (15 * 60)));
            var asOf = VietnamTime.LocalDate(received).AddDays(daysAfter);
            var good = new ReceivedReport
            {
                Id = "GOOD", Body = body, Period = period, ReceivedAt = received, Addressee = "ubnd-tinh",
                DeliveredTo = body == "so-noi-vu" ? "ubnd-tinh" : "so-noi-vu",
                TaskResults = [.. AppendixTaskIds.Select(t => new TaskResult { TaskId = t, Result = "Đã thực hiện" })],
            };

            var before = Serious(Evaluator.Evaluate(evidence, asOf));
            var after = Serious(Evaluator.Evaluate(evidence with { Reports = [.. evidence.Reports, good] }, asOf));

            Assert.Empty(after.Except(before));
        }, seed: Seed, iter: 200);
    }

    [Fact]
    public void MovingTheAsOfDateForward_NeverRemovesAMissingReport_UnlessEvidenceEntersTheWindow()
    {
        Gen.Select(GenEvidence, GenAsOf, Gen.Int[0, 200].Array[2]).Sample((evidence, first, gaps) =>
        {
            var dates = new[] { first, first.AddDays(gaps[0]), first.AddDays(gaps[0] + gaps[1]) };
            var missing = dates.Select(d => Evaluator.Evaluate(evidence, d).Findings.Where(f => f.Code == FindingCodes.ReportMissing).Select(f => f.Id).ToHashSet()).ToList();
            for (var i = 0; i + 1 < dates.Length; i++)
            {
                var (earlier, later) = (dates[i], dates[i + 1]);
                bool Between(DateOnly d) => d > earlier && d <= later;
                if (evidence.Reports.Any(r => Between(VietnamTime.LocalDate(r.ReceivedAt))) || evidence.Requests.Any(r => r.DocumentDate is { } d && Between(d)))
                {
                    continue; // evidence entered the window: a report received, or a request that sets another deadline
                }

                Assert.Empty(missing[i].Except(missing[i + 1]));
            }
        }, seed: Seed, iter: 200, print: Describe);
    }

    private static string Json(EvidenceSet evidence, DateOnly asOf) => ComplianceReportJson.Serialize(Evaluator.Evaluate(evidence, asOf));

    private static HashSet<string> Serious(ComplianceReport report) =>
        report.Findings.Where(f => f.Severity >= FindingSeverity.Warning).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Gives the reports ids; some replace an earlier report of the same body and period (never a later one: no cycles).</summary>
    private static List<ReceivedReport> Number(List<ReceivedReport> reports, int[] replaces)
    {
        var numbered = reports.Select((r, i) => r with { Id = "R" + i }).ToList();
        for (var i = 0; i < numbered.Count; i++)
        {
            var earlier = numbered.Take(i).Where(o => o.Body == numbered[i].Body && o.Period == numbered[i].Period && o.ReceivedAt <= numbered[i].ReceivedAt).ToList();
            if (replaces[i] == 0 && earlier.Count > 0) numbered[i] = numbered[i] with { Replaces = earlier[^1].Id };
        }

        return numbered;
    }

    private static List<T> Shuffle<T>(IReadOnlyList<T> items, Random random) => [.. items.OrderBy(_ => random.Next())];

    private static string Describe((EvidenceSet Evidence, DateOnly AsOf, int Seed) c) => $"as of {c.AsOf:yyyy-MM-dd}, seed {c.Seed}:\n{EvidenceWriter.Serialize(c.Evidence)}";

    private static string Describe((EvidenceSet Evidence, DateOnly First, int[] Gaps) c) => $"from {c.First:yyyy-MM-dd}, gaps {string.Join(",", c.Gaps)}:\n{EvidenceWriter.Serialize(c.Evidence)}";
}
