namespace LaiChau.PlanRules.Plan;

/// <summary>How often an <see cref="ObligationTemplate"/> falls due.</summary>
public enum ObligationFrequency
{
    /// <summary>Once for the whole plan (issue an implementation plan).</summary>
    Once = 0,

    /// <summary>Every year (the annual report).</summary>
    Annual = 1,

    /// <summary>At milestones the host sets (a preliminary review "sơ kết", a final review "tổng kết"), not on a calendar cycle.</summary>
    Milestones = 2,
}
