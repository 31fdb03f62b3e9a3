using BenchmarkDotNet.Attributes;
using LaiChau.PlanRules.Benchmarks.Synthetic;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Benchmarks.Suites;

/// <summary>
/// A full evaluation with the built-in rule set, as a host calls it: obligations instantiated from the catalog,
/// evidence indexed and checked, one NRules session, the report built (messages included).
/// Retained memory is not something BenchmarkDotNet measures: <c>--diagnose</c> does (README).
/// </summary>
[MemoryDiagnoser]
public class FullEvaluationBenchmarks
{
    private SyntheticData _data = null!;

    /// <summary>Annual-report obligations.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Full;

    [GlobalSetup]
    public void Setup() => _data = SyntheticData.Create(N);

    [Benchmark(Description = "Evaluate (full rule set)")]
    public ComplianceReport Evaluate() => _data.Evaluator.Evaluate(_data.Evidence);
}
