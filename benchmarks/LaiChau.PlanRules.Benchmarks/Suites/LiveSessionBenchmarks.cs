using BenchmarkDotNet.Attributes;
using LaiChau.PlanRules.Benchmarks.Synthetic;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Benchmarks.Suites;

/// <summary>
/// A live <see cref="ComplianceMonitor"/> over N obligations (100k by default): one report received, and the
/// as-of date moved by one day, with and without crossing a deadline. Every iteration starts from a fresh
/// monitor built in the iteration setup (not measured).
/// </summary>
[MemoryDiagnoser]
public class LiveSessionBenchmarks
{
    /// <summary>Reports added per iteration; the time shown is per report.</summary>
    public const int ReportsPerIteration = 500;

    private SyntheticData _data = null!;
    private List<ReceivedReport> _next = [];
    private ComplianceMonitor _monitor = null!;

    /// <summary>Annual-report obligations in the live session.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Live;

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticData.Create(N);
        _next = _data.NextReports(ReportsPerIteration);
    }

    [IterationSetup(Targets = [nameof(AddReport), nameof(AdvanceOneDay)])]
    public void FreshMonitor() => Fresh(_data.AsOf);

    [IterationSetup(Target = nameof(AdvanceAcrossDeadline))]
    public void FreshMonitorOnDueDate() => Fresh(_data.CurrentDueOn);

    [IterationCleanup]
    public void Dispose() => _monitor.Dispose();

    /// <summary>One report received: the findings of its obligation are updated (time per report).</summary>
    [Benchmark(OperationsPerInvoke = ReportsPerIteration, Description = "AddReport (one report into the live session)")]
    [InvocationCount(1)]
    public long AddReport()
    {
        foreach (var r in _next) _monitor.AddReport(r);
        return _monitor.AppliedChanges;
    }

    /// <summary>The as-of date moves one day inside the reminder window: no threshold is crossed.</summary>
    [Benchmark(Description = "AdvanceTo +1 day (no deadline crossed)")]
    [InvocationCount(1)]
    public long AdvanceOneDay()
    {
        _monitor.AdvanceTo(_data.AsOf.AddDays(1));
        return _monitor.AppliedChanges;
    }

    /// <summary>The as-of date moves from the current period's due date to the day after: every unreported obligation of that period turns missing.</summary>
    [Benchmark(Description = "AdvanceTo +1 day (across the current deadline)")]
    [InvocationCount(1)]
    public long AdvanceAcrossDeadline()
    {
        _monitor.AdvanceTo(_data.CurrentDueOn.AddDays(1));
        return _monitor.AppliedChanges;
    }

    private void Fresh(DateOnly asOf) => _monitor = _data.Evaluator.CreateMonitor(_data.Evidence, asOf);
}
