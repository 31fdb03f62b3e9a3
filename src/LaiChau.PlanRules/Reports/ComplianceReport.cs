using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// The result of an evaluation: findings in a deterministic order, the body × period matrix of report
/// states, the four-way task statuses, summaries per body and per period, and notes. Immutable;
/// explanations are computed on demand with <see cref="Compliance.IComplianceEvaluator.Explain"/>.
/// </summary>
public sealed class ComplianceReport
{
    internal ComplianceReport(
        ReportContext context,
        DateOnly asOf,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<ReportStatus> reportStatuses,
        IReadOnlyList<TaskStatusEntry> taskStatuses,
        IReadOnlyList<BodySummary> bodies,
        IReadOnlyList<PeriodSummary> periods,
        StatusCounts totals,
        IReadOnlyList<ComplianceNote> notes)
    {
        Context = context;
        PlanId = context.Plan.Id;
        Illustrative = context.Illustrative;
        PeriodsCovered = (context.FirstYear, context.LastYear);
        AsOf = asOf;
        Findings = findings;
        ReportStatuses = reportStatuses;
        TaskStatuses = taskStatuses;
        Bodies = bodies;
        Periods = periods;
        Totals = totals;
        Notes = notes;
    }

    /// <summary>
    /// What explanations need besides the findings: the plan (clause texts, legal bases), body names by period
    /// and the deadline arithmetic. Shared, immutable objects: the report keeps no obligation model, index or
    /// session alive.
    /// </summary>
    internal ReportContext Context { get; }

    /// <summary>The as-of date (Vietnam) the report was evaluated at.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The plan's id.</summary>
    public string PlanId { get; }

    /// <summary>True when the evidence is illustrative (the demo): every output says "DỮ LIỆU MINH HỌA".</summary>
    public bool Illustrative { get; }

    /// <summary>The periods covered by the plan and the policy.</summary>
    public (int First, int Last) PeriodsCovered { get; }

    /// <summary>The findings, ordered by period, body (in the official order, <see cref="Bodies.Body.Order"/>), code and id (ordinal).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The body × period matrix: one entry per report obligation whose period's window has begun by the as-of date, ordered by
    /// period, then bodies in the official order (block, <see cref="Bodies.Body.Order"/>, id).
    /// </summary>
    public IReadOnlyList<ReportStatus> ReportStatuses { get; }

    /// <summary>The task statuses, ordered by period, task and body.</summary>
    public IReadOnlyList<TaskStatusEntry> TaskStatuses { get; }

    /// <summary>Counts per body, bodies in the official order (block, <see cref="Bodies.Body.Order"/>, id).</summary>
    public IReadOnlyList<BodySummary> Bodies { get; }

    /// <summary>Counts per period shown in the matrix.</summary>
    public IReadOnlyList<PeriodSummary> Periods { get; }

    /// <summary>The overall counts.</summary>
    public StatusCounts Totals { get; }

    /// <summary>The notes (evidence left out, unknown routes, ...).</summary>
    public IReadOnlyList<ComplianceNote> Notes { get; }

    /// <summary>Finds a finding by id.</summary>
    /// <param name="id">The finding id.</param>
    /// <returns>The finding, or null.</returns>
    public Finding? FindFinding(string id) => Findings.FirstOrDefault(f => f.Id == id);

    /// <summary>True when a finding of <paramref name="severity"/> or worse exists.</summary>
    /// <param name="severity">The threshold.</param>
    /// <returns>Whether such a finding exists.</returns>
    public bool HasFindingsAtLeast(FindingSeverity severity) => Findings.Any(f => f.Severity >= severity);
}
