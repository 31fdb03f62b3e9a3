using System.Diagnostics;
using System.Globalization;
using LaiChau.PlanRules.Benchmarks.Core;
using LaiChau.PlanRules.Benchmarks.Synthetic;
using LaiChau.PlanRules.Compliance;

namespace LaiChau.PlanRules.Benchmarks;

/// <summary>
/// <c>--diagnose</c>: the measurements BenchmarkDotNet does not make, with a stopwatch in this process: the
/// live heap a monitor keeps per obligation (after a full collection), the distribution of single-report
/// latencies in a live session, the cost of moving the date with and without crossing deadlines, and the
/// median times and ratios of the full evaluation and the three core-rule evaluators. Prints Markdown.
/// Nothing is asserted about time.
/// </summary>
internal static class Diagnose
{
    public sealed record Options(IReadOnlyList<int> Sizes, int LiveSize, int Runs, int RulesEngineMax, bool Memory);

    public static void Run(Options options)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}, {GcMode()}; {WarmUpRuns} warm-up runs before each median");
        Console.WriteLine();
        Console.WriteLine("| N (report obligations) | facts | Evaluate, full rule set, one session (median) | partitioned, " + Environment.ProcessorCount + " sessions | alloc / evaluation | floor | NRules, 4 rules | of which the session | NRules engine alone, decisions made | RulesEngine | NRules / floor | RulesEngine / floor |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var full = new Dictionary<int, double>();
        var rows = new Dictionary<int, Row>();
        foreach (var n in options.Sizes)
        {
            var data = SyntheticData.Create(n);
            var facts = data.Evaluator.CreateContext(data.Evidence, data.AsOf).Model is var m ? m.Obligations.Count + m.Tasks.Count : 0;
            var single = SyntheticData.CreateEvaluator(data.Catalog, partitions: 1);
            var split = SyntheticData.CreateEvaluator(data.Catalog, partitions: Environment.ProcessorCount);
            var (evaluate, alloc) = Median(options.Runs, () => single.Evaluate(data.Evidence));
            var partitioned = Median(options.Runs, () => split.Evaluate(data.Evidence)).Ms;
            full[n] = evaluate;
            var input = CoreInput.From(data);
            NRulesCoreEvaluator.Warm();
            var floor = Median(options.Runs, () => FloorEvaluator.Evaluate(input)).Ms;
            var nrules = Median(options.Runs, () => NRulesCoreEvaluator.Evaluate(input)).Ms;
            var cases = NRulesCoreEvaluator.Cases(input);
            var engine = Median(options.Runs, () => NRulesCoreEvaluator.Fire(cases)).Ms;
            NRulesEngineFloor.Warm();
            var decided = NRulesEngineFloor.Prepare(input);
            var engineFloor = Median(options.Runs, () => NRulesEngineFloor.Fire(decided)).Ms;
            var re = double.NaN;
            if (n <= options.RulesEngineMax)
            {
                var rulesEngine = new RulesEngineEvaluator();
                rulesEngine.Warm();
                re = Median(Math.Min(options.Runs, n >= 1_000_000 ? 1 : options.Runs), () => rulesEngine.Evaluate(input)).Ms;
            }

            rows[n] = new Row(facts, evaluate, partitioned, alloc, floor, nrules, re, engineFloor);
            Console.WriteLine(Invariant($"| {n:N0} | {facts:N0} | {Ms(evaluate)} | {Ms(partitioned)} | {alloc / 1048576.0:F1} MB | {Ms(floor)} | {Ms(nrules)} | {Ms(engine)} | {Ms(engineFloor)} | {Ms(re)} | {nrules / floor:F1}× | {(double.IsNaN(re) ? "not run" : (re / floor).ToString("F1", CultureInfo.InvariantCulture) + "×")} |"));
        }

        var sizes = full.Keys.Order().ToList();
        for (var i = 1; i < sizes.Count; i++)
        {
            Console.WriteLine(Invariant($"linearity: t({sizes[i]:N0}) / t({sizes[i - 1]:N0}) = {full[sizes[i]] / full[sizes[i - 1]]:F1} (size ratio {(double)sizes[i] / sizes[i - 1]:F0})"));
        }

        Console.WriteLine();
        var retained = new Dictionary<int, double>();
        if (options.Memory)
        {
            foreach (var n in options.Sizes) retained[n] = RetainedMemory(n);
            Console.WriteLine();
        }

        var live = LiveSession(options.LiveSize);
        Goals(rows, retained, live, options.LiveSize);
    }

    private sealed record Row(int Facts, double Single, double Partitioned, long Allocated, double Floor, double NRules, double RulesEngine, double EngineFloor);

    /// <summary>The goals of issue "Performance, round two" as ratios of this one run (benchmarks/README.md, "Goals, round two").</summary>
    private static void Goals(Dictionary<int, Row> rows, Dictionary<int, double> retained, (double Median, double P99) live, int liveSize)
    {
        string Verdict(double value, double goal) => double.IsNaN(value) ? "not measured" : value <= goal ? "met" : "missed";
        var sizes = rows.Keys.Order().ToList();
        Console.WriteLine();
        Console.WriteLine("| # | measure | this run | goal | verdict |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var n in sizes)
        {
            var r = rows[n];
            var p1 = r.NRules / r.RulesEngine;
            Console.WriteLine(Invariant($"| P1 | library NRules path ÷ RulesEngine, 4 core rules, N={n:N0} | {p1:F2} | ≤ 0.5 | {Verdict(p1, 0.5)} |"));
        }

        foreach (var n in sizes)
        {
            var r = rows[n];
            var bound = r.EngineFloor / r.RulesEngine;
            Console.WriteLine(Invariant($"| P1 bound | NRules engine alone, decisions made ÷ RulesEngine, N={n:N0}: the lowest P1 any NRules path reaches | {bound:F2} | ≤ 0.5 | {(double.IsNaN(bound) ? "not measured" : bound <= 0.5 ? "reachable" : "P1 unreachable with NRules here")} |"));
        }

        foreach (var n in sizes)
        {
            var r = rows[n];
            var goal = n >= 1_000_000 ? 5 : 8;
            Console.WriteLine(Invariant($"| P2 | library NRules path ÷ floor, N={n:N0} | {r.NRules / r.Floor:F1} | ≤ {goal} | {Verdict(r.NRules / r.Floor, goal)} |"));
        }

        foreach (var n in sizes)
        {
            var r = rows[n];
            Console.WriteLine(Invariant($"| P3 | full evaluation (one session) ÷ 4-core-rule path, N={n:N0} | {r.Single / r.NRules:F2} | ≤ 1.5 | {Verdict(r.Single / r.NRules, 1.5)} |"));
        }

        if (rows.ContainsKey(100_000) && rows.ContainsKey(1_000_000))
        {
            var p4 = rows[1_000_000].Single / rows[100_000].Single;
            Console.WriteLine(Invariant($"| P4 | t(1M) ÷ t(100k), full evaluation | {p4:F1} | ≤ 11 | {Verdict(p4, 11)} |"));
        }
        else
        {
            Console.WriteLine("| P4 | t(1M) ÷ t(100k), full evaluation | needs --sizes 100000,1000000 | ≤ 11 | not measured |");
        }

        var largest = sizes[^1];
        var perObligation = rows[largest].Allocated / (double)rows[largest].Facts;
        Console.WriteLine(Invariant($"| P5 | bytes allocated per obligation per evaluation, N={largest:N0} | {perObligation:F0} | ≤ 1,000 | {Verdict(perObligation, 1000)} |"));
        var kept = retained.TryGetValue(largest, out var k) ? k : double.NaN;
        Console.WriteLine(Invariant($"| P5 | bytes retained per obligation by a monitor, N={largest:N0} | {kept:F0} | ≤ 600 | {Verdict(kept, 600)} |"));
        var speedUp = rows[largest].Single / rows[largest].Partitioned;
        Console.WriteLine(Invariant($"| P6 | full evaluation, one session ÷ {Environment.ProcessorCount} partitioned sessions, N={largest:N0} (in process; the README's figure uses taskset) | {speedUp:F2} | ≥ 1.7 | {(speedUp >= 1.7 ? "met" : "missed")} |"));
        if (rows.TryGetValue(liveSize, out var atLive))
        {
            var perObligationMs = atLive.Single / atLive.Facts;
            var p7 = live.Median / 1000 / perObligationMs;
            Console.WriteLine(Invariant($"| P7 | one report into a live monitor ÷ (full evaluation ÷ obligations), N={liveSize:N0} | {p7:F1}; p99 ÷ median {live.P99 / live.Median:F1} | ≤ 2; ≤ 3 | {(p7 <= 2 && live.P99 <= 3 * live.Median ? "met" : "missed")} |"));
        }
        else
        {
            Console.WriteLine("| P7 | one report into a live monitor ÷ (full evaluation ÷ obligations) | needs the live size among --sizes | ≤ 2 | not measured |");
        }

        Console.WriteLine("| P8 | published planrules check ÷ hello world, cold | benchmarks/cold-cli.sh | ≤ 4 | see cold-cli.sh |");
    }

    /// <summary>
    /// <c>--evaluate N</c>: the full evaluation with the default options (partitions chosen by the processor count), for P6:
    /// run once as <c>taskset -c 0</c> with <c>DOTNET_PROCESSOR_COUNT=1</c> and once unrestricted, and divide.
    /// </summary>
    public static void Evaluate(int n, int runs)
    {
        var data = SyntheticData.Create(n);
        var evaluator = SyntheticData.CreateEvaluator(data.Catalog, partitions: null);
        var (ms, alloc) = Median(runs, () => evaluator.Evaluate(data.Evidence));
        Console.WriteLine(Invariant($"evaluate N={n:N0}: {Ms(ms)} median of {runs} ({Environment.ProcessorCount} processors, {alloc / 1048576.0:F1} MB allocated; {GcMode()})"));
    }

    private static string GcMode() =>
        (System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC") + (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? ", non-concurrent" : ", concurrent");

    /// <summary>
    /// <c>--core N</c>: the P1 and P2 contenders alone (floor, NRules path, RulesEngine) on one synthetic province, each warmed
    /// up and then timed in turns, so that a change to the NRules path can be judged in seconds.
    /// </summary>
    public static void Core(int n, int runs)
    {
        var input = CoreInput.From(SyntheticData.Create(n));
        NRulesCoreEvaluator.Warm();
        var rulesEngine = new RulesEngineEvaluator();
        rulesEngine.Warm();
        var floor = Median(runs, () => FloorEvaluator.Evaluate(input)).Ms;
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var (nrules, alloc) = Median(runs, () => NRulesCoreEvaluator.Evaluate(input));
        var calls = runs + WarmUpRuns;
        // Median() collects before each run (those are not the path's own): count them out.
        var gcLine = Invariant($"collections per NRules path run: gen0 {(GC.CollectionCount(0) - gcs.Item1 - runs) / (double)calls:F1}, gen1 {(GC.CollectionCount(1) - gcs.Item2 - runs) / (double)calls:F1}, gen2 {(GC.CollectionCount(2) - gcs.Item3 - runs) / (double)calls:F1}");
        var re = Median(runs, () => rulesEngine.Evaluate(input)).Ms;
        var cases = Median(runs, () => NRulesCoreEvaluator.Cases(input)).Ms;
        NRulesEngineFloor.Warm();
        var decided = NRulesEngineFloor.Prepare(input);
        var (engineFloor, engineAlloc) = Median(runs, () => NRulesEngineFloor.Fire(decided));
        Console.WriteLine(Invariant($"core N={n:N0}: floor {Ms(floor)}, NRules path {Ms(nrules)} ({alloc / 1048576.0:F1} MB; index and cases {Ms(cases)}), RulesEngine {Ms(re)}; P1 NRules ÷ RulesEngine {nrules / re:F2}, P2 NRules ÷ floor {nrules / floor:F1} (median of {runs}, {GcMode()}); {gcLine}"));
        Console.WriteLine(Invariant($"core N={n:N0}: NRules engine alone, decisions made {Ms(engineFloor)} ({engineAlloc / 1048576.0:F1} MB): the lowest P1 an NRules path can reach here is {engineFloor / re:F2}"));
    }

    /// <summary>CPU time of the NRules session alone (four core rules, cases prebuilt), summed over runs: steadier than wall time on a shared machine.</summary>
    public static void Engine(int n, int runs)
    {
        var input = CoreInput.From(SyntheticData.Create(n));
        var cases = NRulesCoreEvaluator.Cases(input);
        NRulesCoreEvaluator.Fire(cases);
        var process = Process.GetCurrentProcess();
        GC.Collect();
        var cpu0 = process.TotalProcessorTime;
        var pause0 = GC.GetTotalPauseDuration();
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var t = Stopwatch.StartNew();
        var found = 0;
        for (var i = 0; i < runs; i++) found = NRulesCoreEvaluator.Fire(cases).Count;
        var wall = t.Elapsed.TotalMilliseconds;
        process.Refresh();
        var pause = (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds;
        var alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        Console.WriteLine(Invariant($"engine N={n:N0}: {(process.TotalProcessorTime - cpu0).TotalMilliseconds / runs:F0} ms CPU, {wall / runs:F0} ms wall per session, of which GC pauses {pause / runs:F0} ms; {alloc / runs / 1048576.0:F1} MB allocated, {(GC.CollectionCount(0) - gen0) / (double)runs:F1} collections ({(GC.CollectionCount(2) - gen2) / (double)runs:F1} gen2) per session (4 core rules, {cases.Count:N0} cases, {found:N0} findings, {runs} runs)"));
        var casesMs = Median(runs, () => NRulesCoreEvaluator.Cases(input)).Ms;
        var indexMs = Median(runs, () => EvidenceIndex.Build(input.Model, input.Evidence, input.AsOf)).Ms;
        Console.WriteLine(Invariant($"engine N={n:N0}: evidence index {indexMs:F1} ms, index and cases {casesMs:F1} ms (median of {runs})"));
    }

    /// <summary>Where one full evaluation's time goes, phase by phase (the same steps as <see cref="ComplianceEvaluator.Evaluate"/>).</summary>
    public static void Phases(int n, int runs)
    {
        var data = SyntheticData.Create(n);
        var rules = CompiledRuleSets.Get([]);
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var pause0 = GC.GetTotalPauseDuration();
            var t = Stopwatch.StartNew();
            var marks = new List<(double Ms, long Bytes)>();
            void Mark() => marks.Add((t.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread()));
            Mark();
            var ctx = data.Evaluator.CreateContext(data.Evidence, data.AsOf);
            Mark();
            var index = EvidenceIndex.Build(ctx.Model, data.Evidence, data.AsOf);
            Mark();
            var (cases, tasks) = CaseFactory.Build(ctx.Model, index, data.AsOf);
            Mark();
            var session = SessionRun.Create(rules);
            var facts = new List<object>(cases.Count + tasks.Count + index.Unexpected.Count + 1) { new Rules.EvaluationDate(data.AsOf) };
            facts.AddRange(cases);
            facts.AddRange(tasks);
            facts.AddRange(index.Unexpected);
            SessionRun.Insert(session, facts);
            Mark();
            SessionRun.Fire(session);
            Mark();
            var report = ReportBuilder.Build(ctx, data.AsOf, cases, session.Query<Rules.FindingFact>().ToList(), session.Query<Rules.TaskStatusFact>().ToList(), index.Notes, index.Studies, index.Inspections);
            Mark();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
            string[] names = ["model", "evidence index", "cases", "insert", "fire", "report"];
            var parts = names.Select((name, k) => Invariant($"{name} {marks[k + 1].Ms - marks[k].Ms:F0} ms {(marks[k + 1].Bytes - marks[k].Bytes) / 1048576.0:F1} MB"));
            Console.WriteLine(Invariant($"phases N={n:N0}: {string.Join(", ", parts)}; total {marks[^1].Ms:F0} ms wall, {cpu:F0} ms CPU, {(marks[^1].Bytes - marks[0].Bytes) / 1048576.0:F1} MB, GC pauses {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms; {facts.Count:N0} facts, {report.Findings.Count:N0} findings"));
        }
    }

    /// <summary>The live heap a monitor keeps: total memory after a full collection, with and without the monitor.</summary>
    public static double RetainedMemory(int n)
    {
        var data = SyntheticData.Create(n);
        var model = data.Evaluator.CreateContext(data.Evidence, data.AsOf).Model;
        var obligations = model.Obligations.Count + model.Tasks.Count;
        model = null;
        var before = Live();
        var monitor = data.Evaluator.CreateMonitor(data.Evidence);
        var after = Live();
        var kept = after - before;
        Console.WriteLine(Invariant($"retained by a live monitor at N={n:N0}: {kept / 1048576.0:F1} MB = {(double)kept / n:F0} bytes per report obligation, {(double)kept / obligations:F0} bytes per obligation ({obligations:N0} obligations incl. implementation plans and task instances; evidence excluded: it is the host's)"));
        GC.KeepAlive(monitor);
        monitor.Dispose();
        return (double)kept / obligations;
    }

    /// <summary>
    /// <c>--hold N</c>: builds a live monitor over the synthetic province, prints the process id and keeps it for two
    /// minutes, for a heap snapshot (<c>dotnet-gcdump collect -p PID</c>) of what a monitor retains.
    /// </summary>
    public static void Hold(int n)
    {
        var data = SyntheticData.Create(n);
        using var monitor = data.Evaluator.CreateMonitor(data.Evidence);
        GC.Collect();
        Console.WriteLine(Invariant($"holding a monitor over N={n:N0} in process {Environment.ProcessId}"));
        Thread.Sleep(TimeSpan.FromMinutes(2));
        GC.KeepAlive(monitor);
    }

    /// <summary><c>--live-only N</c>: the live-session measurements alone (single reports, date moves), for profiling the monitor.</summary>
    public static void LiveOnly(int n) => LiveSession(n);

    private static (double Median, double P99) LiveSession(int n)
    {
        if (n > 1_000)
        {
            // JIT the monitor's paths on a small set first: the big one is measured warm.
            var small = SyntheticData.Create(1_000);
            using var jit = small.Evaluator.CreateMonitor(small.Evidence);
            foreach (var r in small.NextReports(20)) jit.AddReport(r);
            jit.AdvanceTo(small.AsOf.AddDays(1));
            jit.AdvanceTo(small.CurrentDueOn.AddDays(1));
        }

        var data = SyntheticData.Create(n);
        var next = data.NextReports(3_000);
        using var monitor = data.Evaluator.CreateMonitor(data.Evidence);
        var changed = 0;
        monitor.FindingsChanged += (_, e) => changed += e.Added.Count + e.Removed.Count;
        var warm = Math.Min(500, next.Count / 4); // small sets have few unreported obligations
        var samples = new List<double>(next.Count);
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var i = 0; i < next.Count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            monitor.AddReport(next[i]);
            var us = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
            if (i >= warm) samples.Add(us);
        }

        var cpuPerReport = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMicroseconds / next.Count;
        var perReport = (GC.GetAllocatedBytesForCurrentThread() - a0) / next.Count;
        var gcs = $"{GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}";
        samples.Sort();
        Console.WriteLine(Invariant($"live session N={n:N0}: one report in: median {samples[samples.Count / 2]:F1} µs, p90 {samples[samples.Count * 9 / 10]:F1} µs, p99 {samples[samples.Count * 99 / 100]:F1} µs over {samples.Count:N0} reports ({warm} warm-up), mean CPU {cpuPerReport:F1} µs per report; {perReport:N0} bytes allocated per report; collections gen0/1/2 {gcs} over {next.Count:N0} reports; finding changes raised {changed:N0}"));

        using var quiet = data.Evaluator.CreateMonitor(data.Evidence);
        var t = Stopwatch.GetTimestamp();
        quiet.AdvanceTo(data.AsOf.AddDays(1));
        var none = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        using var crossing = data.Evaluator.CreateMonitor(data.Evidence, data.CurrentDueOn);
        var before = crossing.FindingIds.Count;
        t = Stopwatch.GetTimestamp();
        crossing.AdvanceTo(data.CurrentDueOn.AddDays(1));
        var across = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        var crossed = data.Mix.DueSoon;
        var result = (samples[samples.Count / 2], samples[samples.Count * 99 / 100]);
        Console.WriteLine(Invariant($"live session N={n:N0}: AdvanceTo +1 day crossing no deadline {none:F0} µs; crossing the current deadline ({crossed:N0} obligations turn missing, findings {before:N0} -> {crossing.FindingIds.Count:N0}) {across / 1000:F1} ms = {across / Math.Max(1, crossed):F1} µs per crossed obligation"));
        return result;
    }

    private static long Live()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Median wall time (ms) and allocated bytes of <paramref name="runs"/> runs after one warm-up; a full collection before each.</summary>
    private const int WarmUpRuns = 3;

    public static (double Ms, long Allocated) Median(int runs, Func<object> action)
    {
        // Warm-up: the first runs are jitted at tier 0 and re-jitted (tiered compilation, dynamic PGO); three runs before the
        // clock starts let every contender reach its steady state, as BenchmarkDotNet's warm-up does.
        for (var w = 0; w < WarmUpRuns; w++) GC.KeepAlive(action());
        var times = new List<double>(runs);
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var t0 = Stopwatch.GetTimestamp();
            GC.KeepAlive(action());
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - a0;
        }

        times.Sort();
        return (times[times.Count / 2], allocated);
    }

    private static string Ms(double ms) => double.IsNaN(ms) ? "not run" : ms >= 100 ? Invariant($"{ms:F0} ms") : Invariant($"{ms:F2} ms");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
