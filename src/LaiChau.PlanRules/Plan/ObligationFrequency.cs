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

    /// <summary>
    /// Every half-year ("định kỳ 6 tháng"): one obligation per half of each year, with Decree 09/2019/NĐ-CP Art. 12's windows
    /// 15/12–14/6 and 15/6–14/12 (<see cref="SubPeriod"/>; docs/policies.md, "Half-years and quarters").
    /// </summary>
    HalfYearly = 3,

    /// <summary>
    /// Every quarter ("hằng quý"): one obligation per quarter of each year, its window from the 15th of the month before the
    /// quarter to the 14th of its last month (Decree 09/2019/NĐ-CP Art. 12).
    /// </summary>
    Quarterly = 4,
}
