namespace LaiChau.PlanRules.Benchmarks.Core;

/// <summary>A conclusion of one of the four core rules: its code and the obligation id. The three evaluators are compared on these.</summary>
/// <param name="Code">REPORT_MISSING, REPORT_LATE, REPORT_WRONG_CHANNEL or REPORT_DUE_SOON.</param>
/// <param name="ObligationId">The obligation it is about.</param>
public readonly record struct CoreFinding(string Code, string ObligationId) : IComparable<CoreFinding>
{
    /// <summary>Orders by obligation id, then code (ordinal).</summary>
    public int CompareTo(CoreFinding other)
    {
        var c = string.CompareOrdinal(ObligationId, other.ObligationId);
        return c != 0 ? c : string.CompareOrdinal(Code, other.Code);
    }
}
