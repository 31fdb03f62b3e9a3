namespace LaiChau.PlanRules.Deadlines;

/// <summary>The kind of a periodic review.</summary>
public enum ReviewKind
{
    /// <summary>Sơ kết: an interim review.</summary>
    Interim,

    /// <summary>Tổng kết: the final review.</summary>
    Final,
}
