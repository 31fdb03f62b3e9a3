namespace LaiChau.PlanRules.Office;

/// <summary>
/// What a document is made from: the compliance report, the plan it was checked against, the catalog of bodies
/// (for names and blocks) and the reports received (for the number, ký hiệu and date of the report that decides a
/// cell). Only public members of the report are read, by name.
/// </summary>
public sealed class OfficeReportSource
{
    /// <summary>The compliance report.</summary>
    public required ComplianceReport Report { get; init; }

    /// <summary>The plan, with its number and signing date if known.</summary>
    public required PlanDocument Plan { get; init; }

    /// <summary>The catalog of bodies the report was evaluated with.</summary>
    public required BodyCatalog Catalog { get; init; }

    /// <summary>The reports received (the evidence); may be empty, then cells show the status and received date only.</summary>
    public IReadOnlyList<ReceivedReport> Reports { get; init; } = [];

    /// <summary>The requests for reports (công văn that set deadlines), to cite the document behind a confirmed deadline; may be empty.</summary>
    public IReadOnlyList<ReportRequest> Requests { get; init; } = [];

    /// <summary>The source of a report evaluated by <paramref name="evaluator"/> from <paramref name="evidence"/>; the evidence's plan number and signing date override the plan's.</summary>
    /// <param name="evaluator">The evaluator that produced the report.</param>
    /// <param name="report">The report.</param>
    /// <param name="evidence">The evidence it was evaluated from.</param>
    /// <returns>The source.</returns>
    public static OfficeReportSource From(ComplianceEvaluator evaluator, ComplianceReport report, EvidenceSet evidence)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(evidence);
        var plan = evaluator.Plan;
        if (evidence.Plan is { } o)
        {
            plan = plan.WithSignature(o.Number, o.SignedOn, o.Authority, o.Position, o.Signer);
        }

        return new OfficeReportSource { Report = report, Plan = plan, Catalog = evaluator.Catalog, Reports = evidence.Reports, Requests = evidence.Requests };
    }
}
