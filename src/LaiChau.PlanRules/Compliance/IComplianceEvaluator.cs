using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// Evaluates evidence against the plan. Thread-safe: the compiled rules are shared and every evaluation
/// runs in its own NRules session. Register with <c>services.AddPlanRules()</c> or create with
/// <see cref="ComplianceEvaluator.Create"/>.
/// </summary>
public interface IComplianceEvaluator
{
    /// <summary>Evaluates the evidence as of a date. The evidence is never changed.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="asOf">The as-of date (Vietnam); when null, the evidence's own <see cref="EvidenceSet.AsOf"/>.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="PlanRulesInputException">The evidence, the plan or the policy is inconsistent (the message names the JSON path).</exception>
    /// <exception cref="ArgumentException">No as-of date is given either way.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled.</exception>
    ComplianceReport Evaluate(EvidenceSet evidence, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Explains a finding of a report: the rule, the clause text, the legal basis, the evidence and how the due date was computed.</summary>
    /// <param name="report">A report this evaluator produced.</param>
    /// <param name="findingIdOrCode">A finding id, or a code (then the first finding with that code).</param>
    /// <returns>The explanation, or null when the report has no such finding.</returns>
    FindingExplanation? Explain(ComplianceReport report, string findingIdOrCode);

    /// <summary>Starts a live monitor over one NRules session, for hosts that receive evidence one piece at a time.</summary>
    /// <param name="evidence">The evidence to start from (its plan and policy overrides apply for the monitor's lifetime).</param>
    /// <param name="asOf">The as-of date to start at; when null, the evidence's own.</param>
    /// <returns>The monitor; dispose it when done.</returns>
    ComplianceMonitor CreateMonitor(EvidenceSet evidence, DateOnly? asOf = null);
}
