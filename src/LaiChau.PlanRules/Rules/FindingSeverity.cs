namespace LaiChau.PlanRules.Rules;

/// <summary>How serious a finding is (docs/rules.md has the table of codes).</summary>
public enum FindingSeverity
{
    /// <summary>Information: nothing is wrong yet (a reminder, a duplicate).</summary>
    Info = 0,

    /// <summary>Something to look at (wrong route, incomplete, late with a lesser consequence).</summary>
    Warning = 1,

    /// <summary>A duty not met (missing, late, overdue).</summary>
    Violation = 2,
}
