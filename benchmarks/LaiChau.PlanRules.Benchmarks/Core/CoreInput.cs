using LaiChau.PlanRules.Benchmarks.Synthetic;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Benchmarks.Core;

/// <summary>
/// What the three core-rule evaluators share: the obligation model (keys, due dates, reminder dates and routes,
/// computed once, as the library computes them before facts enter a session), the reports and the as-of date.
/// Each evaluator then indexes the reports and decides on its own.
/// </summary>
internal sealed class CoreInput
{
    private CoreInput(ObligationModel model, IReadOnlyList<Obligation> reportObligations, EvidenceSet evidence, DateOnly asOf)
    {
        Model = model;
        ReportObligations = reportObligations;
        Evidence = evidence;
        AsOf = asOf;
    }

    /// <summary>The obligation model of the library.</summary>
    public ObligationModel Model { get; }

    /// <summary>The annual-report obligations (the four core rules judge reports only).</summary>
    public IReadOnlyList<Obligation> ReportObligations { get; }

    /// <summary>The evidence: the reports are what the core rules look at.</summary>
    public EvidenceSet Evidence { get; }

    /// <summary>The as-of date.</summary>
    public DateOnly AsOf { get; }

    public static CoreInput From(SyntheticData data)
    {
        var ctx = data.Evaluator.CreateContext(data.Evidence, data.AsOf);
        var reports = ctx.Model.Obligations.Where(o => o.Kind == ObligationKind.AnnualReport).ToList();
        // Only the reports: implementation plans and task progress are not what the four core rules judge.
        var evidence = data.Evidence with { ImplementationPlans = [], TaskProgress = [], Syntheses = [], Reviews = [] };
        return new CoreInput(ctx.Model, reports, evidence, data.AsOf);
    }
}
