using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>
/// What a rule concludes, as a linked fact (NRules <c>Yield</c>): it disappears by itself when the
/// evidence that caused it changes. Built-in and host-written rules make it with one of the
/// <c>For</c> factories, which take the code, severity and message templates from the rule class
/// (<see cref="PlanRuleAttribute"/>, <see cref="RuleInfo"/>) and tie the finding to the fact it is about,
/// so the report gives it its obligation id, due date and confidence, and an explanation its deadline steps.
/// Messages are made when a report is built, not stored.
/// </summary>
/// <example>
/// <code>
/// [Name("REPORT_MISSING_30_DAYS"), Description("...")]
/// [PlanRule(FindingSeverity.Violation, "III.1.d4", "...", MessageVi = "...", MessageEn = "...")]
/// public sealed class MyRule : Rule
/// {
///     public override void Define()
///     {
///         ObligationCase c = default!;
///         When().Match(() => c, x => x.IsPastDue, x => x.First == null);
///         Then().Yield(_ => FindingFact.For&lt;MyRule&gt;(c));
///     }
/// }
/// </code>
/// </example>
public sealed class FindingFact : IIdentityProvider
{
    private FindingFact(RuleInfo rule, string clausePath, string bodyId, string subjectId, int? period, IReadOnlyList<string> evidenceIds, string? evidenceKey, IReadOnlyList<string>? details)
    {
        Rule = rule;
        Code = rule.Code;
        Severity = rule.Severity;
        ClausePath = clausePath;
        BodyId = bodyId;
        SubjectId = subjectId;
        Period = period;
        EvidenceIds = evidenceIds;
        EvidenceKey = evidenceKey;
        Details = details ?? [];
        Id = evidenceKey is null ? $"{Code}:{subjectId}" : $"{Code}:{subjectId}:{evidenceKey}";
    }

    /// <summary>The stable id: <c>{code}:{subject}</c>, or <c>{code}:{subject}:{evidence}</c> for findings about one piece of evidence.</summary>
    public string Id { get; }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; private init; }

    /// <summary>The clause path.</summary>
    public string ClausePath { get; }

    /// <summary>The body.</summary>
    public string BodyId { get; }

    /// <summary>The obligation, task or evidence id.</summary>
    public string SubjectId { get; }

    /// <summary>The period, if any.</summary>
    public int? Period { get; }

    /// <summary>The half or quarter of <see cref="Period"/> for a half-yearly or quarterly duty (or a report naming one); null otherwise.</summary>
    public Plan.SubPeriod? SubPeriod { get; private init; }

    /// <summary>The evidence ids behind it.</summary>
    public IReadOnlyList<string> EvidenceIds { get; }

    /// <summary>The distinguishing evidence id, if any.</summary>
    public string? EvidenceKey { get; }

    /// <summary>Extra data for the message (missing task ids, for example; the <c>{details}</c> placeholder).</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>The rule that made it.</summary>
    internal RuleInfo Rule { get; }

    /// <summary>The obligation case it was drawn from, if any.</summary>
    internal ObligationCase? Case { get; private init; }

    /// <summary>The task case it was drawn from, if any.</summary>
    internal TaskCase? TaskCase { get; private init; }

    /// <summary>
    /// A finding about an obligation: its body, period, clause and id are the obligation's, and the report
    /// gives it the obligation's due date, confidence and deadline steps.
    /// </summary>
    /// <typeparam name="TRule">The rule class yielding it; its <c>[Name]</c> and <see cref="PlanRuleAttribute"/> give code, severity and message.</typeparam>
    /// <param name="case">The obligation case the rule matched.</param>
    /// <param name="evidence">The piece of evidence the finding is about, if any (its id becomes the finding's evidence and <c>{evidence}</c>).</param>
    /// <param name="keyedByEvidence">True for one finding per piece of evidence: the id becomes <c>{code}:{obligation}:{evidence}</c>.</param>
    /// <param name="details">Extra data for the message (<c>{details}</c>).</param>
    /// <returns>The finding fact to yield.</returns>
    /// <exception cref="InvalidOperationException">The rule class lacks <c>[Name]</c> or <see cref="PlanRuleAttribute"/>.</exception>
    public static FindingFact For<TRule>(ObligationCase @case, Submission? evidence = null, bool keyedByEvidence = false, IReadOnlyList<string>? details = null)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        ArgumentNullException.ThrowIfNull(@case);
        var o = @case.Obligation;
        IReadOnlyList<string> ids = evidence is null ? [] : [evidence.EvidenceId];
        var rule = RuleInfo.From(typeof(TRule));
        return new FindingFact(rule, o.ClausePath, o.BodyId, o.Id, o.Period, ids, keyedByEvidence ? evidence?.EvidenceId : null, details)
        {
            Case = @case,
            SubPeriod = o.SubPeriod,
            // An obligation that is only partly confirmed (inherited by a commune, no request naming it yet) cannot
            // carry more than a warning (docs/policies.md, "Communes").
            Severity = o.Confidence != Confidence.Confirmed && rule.Severity > FindingSeverity.Warning ? FindingSeverity.Warning : rule.Severity,
        };
    }

    /// <summary>A finding about an appendix task instance: its body, period, clause and id are the task's, and the report gives it the task's due date.</summary>
    /// <typeparam name="TRule">The rule class yielding it.</typeparam>
    /// <param name="task">The task case the rule matched.</param>
    /// <returns>The finding fact to yield.</returns>
    /// <exception cref="InvalidOperationException">The rule class lacks <c>[Name]</c> or <see cref="PlanRuleAttribute"/>.</exception>
    public static FindingFact For<TRule>(TaskCase task)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        ArgumentNullException.ThrowIfNull(task);
        var t = task.Task;
        return new FindingFact(RuleInfo.From(typeof(TRule)), t.ClausePath, t.BodyId, t.Id, t.CountedInPeriod, task.EvidenceIds, null, null)
        {
            TaskCase = task,
        };
    }

    /// <summary>A finding about a report from a body with no obligation for its period: its subject is the report's evidence id, its clause the rule's.</summary>
    /// <typeparam name="TRule">The rule class yielding it.</typeparam>
    /// <param name="submission">The unexpected submission the rule matched.</param>
    /// <returns>The finding fact to yield.</returns>
    /// <exception cref="InvalidOperationException">The rule class lacks <c>[Name]</c> or <see cref="PlanRuleAttribute"/>.</exception>
    public static FindingFact For<TRule>(UnexpectedSubmission submission)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        ArgumentNullException.ThrowIfNull(submission);
        var rule = RuleInfo.From(typeof(TRule));
        var s = submission.Submission;
        return new FindingFact(rule, rule.ClausePath, s.SenderBodyId, s.EvidenceId, submission.Period, [s.EvidenceId], null, null)
        {
            SubPeriod = submission.SubPeriod,
        };
    }

    object IIdentityProvider.GetIdentity() => Id;

    /// <inheritdoc />
    public override string ToString() => Id;
}
