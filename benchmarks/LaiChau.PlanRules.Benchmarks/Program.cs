using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LaiChau.PlanRules.Benchmarks;
using LaiChau.PlanRules.Benchmarks.Suites;
using LaiChau.PlanRules.Benchmarks.Synthetic;
using LaiChau.PlanRules.Compliance;

// Modes (benchmarks/README.md):
//   --verify [sizes]      the three core-rule evaluators agree (exit 1 if not)
//   --diagnose [options]  retained memory, live-session latencies, medians and ratios (stopwatch)
//   --cold-once           one in-process cold start: prints ms from nothing to the first report on the demo
//   --adversarial [opts]  each hostile-input generator at 1x and 4x in child processes: CPU ratio, peak memory
//   --quick               CI: --verify, a Dry in-process BenchmarkDotNet run at small sizes, --diagnose at small sizes
//   anything else         BenchmarkDotNet (BenchmarkSwitcher): --filter '*', --job short, --list flat, ...
return args.FirstOrDefault() switch
{
    "--verify" => Verify.Run(Sizes(args.Skip(1).FirstOrDefault(), [1_000, 10_000])),
    "--diagnose" => RunDiagnose(args.Skip(1).ToArray()),
    "--cold-once" => ColdOnce(),
    "--quick" => Quick(),
    "--adversarial" => Adversarial.Run(args.Skip(1).ToArray()),
    "--adversarial-child" => Adversarial.Child(args.Skip(1).ToArray()),
    _ => Switch(args),
};

static int Switch(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(FullEvaluationBenchmarks).Assembly).Run(args);
    return 0;
}

static int RunDiagnose(string[] args)
{
    string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    var options = new Diagnose.Options(
        Sizes(Option("--sizes"), [1_000, 10_000, 100_000, 1_000_000]),
        int.Parse(Option("--live") ?? "100000", CultureInfo.InvariantCulture),
        int.Parse(Option("--runs") ?? "5", CultureInfo.InvariantCulture),
        int.Parse(Option("--rules-engine-max") ?? "1000000", CultureInfo.InvariantCulture),
        !args.Contains("--no-memory"));
    if (Option("--engine") is { } engineSize)
    {
        Diagnose.Engine(int.Parse(engineSize, CultureInfo.InvariantCulture), options.Runs);
        return 0;
    }

    if (Option("--hold") is { } holdSize)
    {
        Diagnose.Hold(int.Parse(holdSize, CultureInfo.InvariantCulture));
        return 0;
    }

    if (Option("--live-only") is { } liveSize)
    {
        Diagnose.LiveOnly(int.Parse(liveSize, CultureInfo.InvariantCulture));
        return 0;
    }

    if (Option("--evaluate") is { } evaluateSize)
    {
        Diagnose.Evaluate(int.Parse(evaluateSize, CultureInfo.InvariantCulture), options.Runs);
        return 0;
    }

    if (Option("--core") is { } coreSize)
    {
        Diagnose.Core(int.Parse(coreSize, CultureInfo.InvariantCulture), options.Runs);
        return 0;
    }

    if (Option("--phases") is { } phases)
    {
        Diagnose.Phases(int.Parse(phases, CultureInfo.InvariantCulture), options.Runs);
        return 0;
    }

    Diagnose.Run(options);
    return 0;
}

static int ColdOnce()
{
    // The same work as ColdStartBenchmarks, step by step, so the README can say where the cold time goes.
    var start = Stopwatch.GetTimestamp();
    var steps = new List<string>();
    var last = start;
    void Step(string name)
    {
        var now = Stopwatch.GetTimestamp();
        steps.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {Stopwatch.GetElapsedTime(last, now).TotalMilliseconds:F0}"));
        last = now;
    }

    _ = LaiChau.PlanRules.Bodies.BodyCatalog.LaiChau;
    Step("catalog");
    _ = LaiChau.PlanRules.Plan.PlanDocument.LaiChau;
    Step("plan");
    _ = LaiChau.PlanRules.Calendar.WorkingDayCalendar.Vietnam;
    Step("calendar");
    _ = CompiledRuleSets.Get([]);
    Step("rules compiled");
    var evidence = Demo.Load();
    Step("demo read");
    var report = ComplianceEvaluator.Create().Evaluate(evidence);
    Step("first evaluation");
    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold start (in process, {Demo.Source}): {ms:F0} ms to the first report, {report.Findings.Count} findings ({string.Join(", ", steps)} ms)"));
    return 0;
}

static int Quick()
{
    var clock = Stopwatch.StartNew();
    if (Verify.Run([1_000, 10_000]) != 0) return 1;
    Environment.SetEnvironmentVariable(BenchmarkSizes.SizesVariable, "1000,10000");
    Environment.SetEnvironmentVariable(BenchmarkSizes.LiveSizeVariable, "10000");
    // BenchmarkDotNet's progress log is long; CI gets the result tables only.
    var defaults = DefaultConfig.Instance;
    var config = ManualConfig.CreateEmpty()
        .AddColumnProvider(defaults.GetColumnProviders().ToArray())
        .AddValidator(defaults.GetValidators().ToArray())
        .AddAnalyser(defaults.GetAnalysers().ToArray())
        .AddLogger(NullLogger.Instance)
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Dry-InProcess"))
        .WithOptions(ConfigOptions.DisableLogFile)
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "planrules-bench-quick"));
    var summaries = BenchmarkRunner.Run([typeof(CoreRulesBenchmarks), typeof(FullEvaluationBenchmarks), typeof(LiveSessionBenchmarks)], config);
    foreach (var summary in summaries)
    {
        Console.WriteLine();
        Console.WriteLine($"## {summary.Title}");
        MarkdownExporter.Console.ExportToLog(summary, ConsoleLogger.Default);
    }

    if (summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)))
    {
        Console.Error.WriteLine("bench-quick: a benchmark failed to run.");
        return 1;
    }

    Diagnose.Run(new Diagnose.Options([1_000, 10_000], 10_000, 3, 10_000, Memory: true));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench-quick: done in {clock.Elapsed.TotalSeconds:F0} s (timings are informational; nothing is asserted about them)"));
    return 0;
}

static int[] Sizes(string? text, int[] fallback) =>
    text is null ? fallback : text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
