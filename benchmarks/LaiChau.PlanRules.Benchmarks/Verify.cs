using LaiChau.PlanRules.Benchmarks.Core;
using LaiChau.PlanRules.Benchmarks.Synthetic;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Benchmarks;

/// <summary>
/// <c>--verify</c>: the core-rule evaluators (and the NRules engine floor) must return the same findings on the same data, and those
/// must be the full evaluation's findings of the four codes; a live monitor fed the same reports one at a time
/// must end with the full evaluation's findings. Exit code 1 on any difference.
/// </summary>
internal static class Verify
{
    private static readonly HashSet<string> CoreCodes = [FindingCodes.ReportMissing, FindingCodes.ReportLate, FindingCodes.ReportWrongChannel, FindingCodes.ReportDueSoon];

    private static string Json(LaiChau.PlanRules.Reports.ComplianceReport report)
    {
        using var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        LaiChau.PlanRules.Reports.ComplianceReportJson.Write(report, w);
        return w.ToString();
    }

    public static int Run(IReadOnlyList<int> sizes)
    {
        var failures = 0;
        foreach (var n in sizes)
        {
            var data = SyntheticData.Create(n);
            var input = CoreInput.From(data);
            var floor = Sorted(FloorEvaluator.Evaluate(input));
            var nrules = Sorted(NRulesCoreEvaluator.Evaluate(input));
            var rulesEngine = Sorted(new RulesEngineEvaluator().Evaluate(input));
            var engineFloor = Sorted(NRulesEngineFloor.Fire(NRulesEngineFloor.Prepare(input)));
            var singleReport = SyntheticData.CreateEvaluator(data.Catalog, partitions: 1).Evaluate(data.Evidence);
            var splitReport = SyntheticData.CreateEvaluator(data.Catalog, partitions: 3).Evaluate(data.Evidence);
            var full = Sorted(singleReport.Findings.Where(f => CoreCodes.Contains(f.Code)).Select(f => new CoreFinding(f.Code, f.ObligationId!)));
            var partitioned = Sorted(splitReport.Findings.Where(f => CoreCodes.Contains(f.Code)).Select(f => new CoreFinding(f.Code, f.ObligationId!)));
            var byCode = string.Join(", ", floor.GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine($"verify N={n:N0}: floor {floor.Count} findings ({byCode}); mix {data.Mix}");
            failures += Compare("NRules (4 rules)", floor, nrules) + Compare("Microsoft RulesEngine", floor, rulesEngine) + Compare("NRules engine alone (decisions made)", floor, engineFloor) + Compare("full evaluation, one session", floor, full)
                + Compare("full evaluation, 3 partitioned sessions", floor, partitioned);
            var sameBytes = Json(singleReport) == Json(splitReport);
            Console.WriteLine($"  partitioned report (3 sessions) {(sameBytes ? "byte-identical to" : "DIFFERENT from")} the one-session report");
            if (!sameBytes) failures++;
            if (CoreCodes.Any(c => !floor.Any(f => f.Code == c)))
            {
                Console.WriteLine("  FAIL: the data does not exercise every core rule");
                failures++;
            }
        }

        failures += VerifyMonitor(sizes.Min());
        Console.WriteLine(failures == 0 ? "verify: the evaluators agree" : $"verify: {failures} difference(s)");
        return failures == 0 ? 0 : 1;
    }

    private static int VerifyMonitor(int n)
    {
        var data = SyntheticData.Create(n);
        var start = data.Evidence with { Reports = data.Evidence.Reports.Take(data.Evidence.Reports.Count / 2).ToList() };
        using var monitor = data.Evaluator.CreateMonitor(start, data.AsOf);
        foreach (var r in data.Evidence.Reports.Skip(start.Reports.Count)) monitor.AddReport(r);
        foreach (var r in data.NextReports(50)) monitor.AddReport(r);
        monitor.AdvanceTo(data.CurrentDueOn.AddDays(1));
        var expected = data.Evaluator.Evaluate(monitor.CurrentEvidence()).Findings.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        var live = monitor.FindingIds;
        var same = expected.SequenceEqual(live);
        Console.WriteLine($"verify monitor N={n:N0}: {live.Count} findings after {monitor.AppliedChanges} changes, {(same ? "equal to" : "DIFFERENT from")} a full evaluation");
        return same ? 0 : 1;
    }

    private static List<CoreFinding> Sorted(IEnumerable<CoreFinding> findings)
    {
        var list = findings.ToList();
        list.Sort();
        return list;
    }

    private static int Compare(string name, List<CoreFinding> floor, List<CoreFinding> other)
    {
        if (floor.SequenceEqual(other))
        {
            Console.WriteLine($"  {name}: same {other.Count} findings");
            return 0;
        }

        var missing = floor.Except(other).Take(5).ToList();
        var extra = other.Except(floor).Take(5).ToList();
        Console.WriteLine($"  FAIL {name}: {other.Count} findings vs {floor.Count}; not found e.g. {string.Join("; ", missing)}; extra e.g. {string.Join("; ", extra)}");
        return 1;
    }
}
