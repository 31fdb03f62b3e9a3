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
    /// Every half-year ("định kỳ 6 tháng"). Recorded from a plan's text; the compliance evaluation does not compute these
    /// periods yet and reports <c>FREQUENCY_NOT_EVALUATED</c> for such a template instead of judging it.
    /// </summary>
    HalfYearly = 3,

    /// <summary>
    /// Every quarter ("hằng quý"). Recorded from a plan's text; the compliance evaluation does not compute these periods
    /// yet and reports <c>FREQUENCY_NOT_EVALUATED</c> for such a template instead of judging it.
    /// </summary>
    Quarterly = 4,
}
