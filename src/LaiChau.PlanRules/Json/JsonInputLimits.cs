namespace LaiChau.PlanRules.Json;

/// <summary>
/// Limits applied to every JSON input (plan, catalog, calendar, evidence) before its data is held
/// in memory. An input over a limit is refused with a <see cref="PlanRulesInputException"/>.
/// Bulk hosts that need more build the object model directly instead of going through files.
/// </summary>
public sealed class JsonInputLimits
{
    /// <summary>The default maximum size: 16 MiB (a 50 MB file is refused).</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The default maximum nesting depth of JSON objects and arrays: 32.</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>The limits used when none are given.</summary>
    public static JsonInputLimits Default { get; } = new();

    /// <summary>Creates limits.</summary>
    /// <param name="maxBytes">The maximum input size in bytes (UTF-8 as read); at least 1.</param>
    /// <param name="maxDepth">The maximum nesting depth; from 1 to 10,000.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public JsonInputLimits(long maxBytes = DefaultMaxBytes, int maxDepth = DefaultMaxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, 10_000);
        MaxBytes = maxBytes;
        MaxDepth = maxDepth;
    }

    /// <summary>The maximum input size in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>The maximum nesting depth of objects and arrays.</summary>
    public int MaxDepth { get; }
}
