using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Compliance;

/// <summary>What one evaluation rests on: the plan (with overrides), the catalog, the calendar, the policy and the obligation model.</summary>
internal sealed class EvaluationContext
{
    private ReportContext? _report;

    public EvaluationContext(PlanDocument plan, BodyCatalog catalog, WorkingDayCalendar calendar, CompliancePolicy policy, ObligationModel model, bool illustrative)
    {
        Plan = plan;
        Catalog = catalog;
        Calendar = calendar;
        Policy = policy;
        Model = model;
        Illustrative = illustrative;
    }

    public PlanDocument Plan { get; }

    public BodyCatalog Catalog { get; }

    public WorkingDayCalendar Calendar { get; }

    public CompliancePolicy Policy { get; }

    public ObligationModel Model { get; }

    public bool Illustrative { get; }

    /// <summary>What the report keeps of this context: plan, catalog, deadline arithmetic, years covered.</summary>
    public ReportContext Report => _report ??= new ReportContext(Plan, Catalog, Model.Deadlines, Model.FirstYear, Model.LastYear, Illustrative);

    /// <summary>The body's name as of the period's cut-off (<see cref="ReportContext.BodyName"/>).</summary>
    public string BodyName(string bodyId, int? period) => Report.BodyName(bodyId, period);
}
