namespace LaiChau.PlanRules.Compliance;

/// <summary>The findings that appeared and disappeared after one change to a <see cref="ComplianceMonitor"/>.</summary>
public sealed class FindingsChangedEventArgs : EventArgs
{
    internal FindingsChangedEventArgs(IReadOnlyList<string> added, IReadOnlyList<string> removed, DateOnly asOf)
    {
        Added = added;
        Removed = removed;
        AsOf = asOf;
    }

    /// <summary>Ids of findings that appeared, sorted (ordinal).</summary>
    public IReadOnlyList<string> Added { get; }

    /// <summary>Ids of findings that disappeared, sorted (ordinal).</summary>
    public IReadOnlyList<string> Removed { get; }

    /// <summary>The monitor's as-of date after the change.</summary>
    public DateOnly AsOf { get; }
}
