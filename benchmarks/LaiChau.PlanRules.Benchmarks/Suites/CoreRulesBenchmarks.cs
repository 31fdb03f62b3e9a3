using BenchmarkDotNet.Attributes;
using LaiChau.PlanRules.Benchmarks.Core;
using LaiChau.PlanRules.Benchmarks.Synthetic;

namespace LaiChau.PlanRules.Benchmarks.Suites;

/// <summary>
/// The four core rules (missing, late, wrong route, due soon) on the same data three ways (and NRules' own floor): the hand-written
/// floor, the library's NRules path with only those four rules, and Microsoft RulesEngine. Each starts from the
/// same obligation model and reports and returns the same findings (<c>--verify</c> checks it).
/// </summary>
[MemoryDiagnoser]
public class CoreRulesBenchmarks
{
    private CoreInput _input = null!;
    private RulesEngineEvaluator _rulesEngine = null!;
    private List<NRulesEngineFloor.Decided> _decided = null!;

    /// <summary>Annual-report obligations.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Full;

    [GlobalSetup]
    public void Setup()
    {
        _input = CoreInput.From(SyntheticData.Create(N));
        NRulesCoreEvaluator.Warm();
        _rulesEngine = new RulesEngineEvaluator();
        _rulesEngine.Warm();
        NRulesEngineFloor.Warm();
        _decided = NRulesEngineFloor.Prepare(_input);
    }

    [Benchmark(Baseline = true, Description = "Floor (dictionary + loop)")]
    public List<CoreFinding> Floor() => FloorEvaluator.Evaluate(_input);

    [Benchmark(Description = "NRules (library, 4 rules)")]
    public List<CoreFinding> NRules() => NRulesCoreEvaluator.Evaluate(_input);

    [Benchmark(Description = "Microsoft RulesEngine 6.0.1")]
    public List<CoreFinding> RulesEngine() => _rulesEngine.Evaluate(_input);

    /// <summary>NRules alone on facts whose decisions are made (<see cref="NRulesEngineFloor"/>): the least any NRules path does.</summary>
    [Benchmark(Description = "NRules engine alone, decisions made")]
    public List<CoreFinding> EngineFloor() => NRulesEngineFloor.Fire(_decided);
}
