using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// The shared, immutable objects a report needs to name bodies and explain findings on demand: the plan,
/// the catalog and the deadline arithmetic in force, and the periods covered. It holds no obligation model,
/// evidence index or rules session, so a report does not keep an evaluation alive.
/// </summary>
internal sealed class ReportContext
{
    public ReportContext(PlanDocument plan, BodyCatalog catalog, DeadlineCalculator deadlines, int firstYear, int lastYear, bool illustrative)
    {
        Plan = plan;
        Catalog = catalog;
        Deadlines = deadlines;
        FirstYear = firstYear;
        LastYear = lastYear;
        Illustrative = illustrative;
    }

    public PlanDocument Plan { get; }

    public BodyCatalog Catalog { get; }

    public DeadlineCalculator Deadlines { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    public bool Illustrative { get; }

    /// <summary>
    /// A body's name as of a period's cut-off (a renamed department shows its name of that period); with no
    /// period, its name on the day before it was dissolved, or at the last period's cut-off.
    /// </summary>
    public string BodyName(string bodyId, int? period) =>
        Catalog.TryGet(bodyId, out var body)
            ? body.NameOn(period is { } p ? Deadlines.CutOff(p) : body.DissolvedOn?.AddDays(-1) ?? Deadlines.CutOff(LastYear))
            : bodyId;
}
