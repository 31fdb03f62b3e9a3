using System.Globalization;

namespace LaiChau.PlanRules.Benchmarks.Suites;

/// <summary>
/// The sizes the suites run at: annual-report obligations (bodies × periods). Default 1k, 10k, 100k, 1M;
/// the environment variable <c>PLANRULES_BENCH_SIZES</c> (comma-separated) overrides them, which is how the
/// quick mode keeps to small sizes. <c>PLANRULES_BENCH_LIVE_SIZE</c> sets the live-session size (default 100k).
/// </summary>
internal static class BenchmarkSizes
{
    public const string SizesVariable = "PLANRULES_BENCH_SIZES";

    public const string LiveSizeVariable = "PLANRULES_BENCH_LIVE_SIZE";

    public static IEnumerable<int> Full => Read(SizesVariable) ?? [1_000, 10_000, 100_000, 1_000_000];

    public static IEnumerable<int> Live => Read(LiveSizeVariable) ?? [100_000];

    private static int[]? Read(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : null;
}
