using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LaiChau.PlanRules.Benchmarks.Synthetic;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Benchmarks.Suites;

/// <summary>
/// From nothing to the first report on the demo, in a fresh process each time: the embedded plan, catalog and
/// calendar read, the rules compiled, the evidence evaluated. (The <c>planrules check</c> process, as installed
/// and as published ReadyToRun, is timed by <c>benchmarks/cold-cli.sh</c>.)
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
public class ColdStartBenchmarks
{
    [Benchmark(Description = "Create + first Evaluate (demo)")]
    public ComplianceReport FirstReport()
    {
        var evaluator = ComplianceEvaluator.Create();
        return evaluator.Evaluate(Demo.Load());
    }
}
