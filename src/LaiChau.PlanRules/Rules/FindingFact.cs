using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>
/// What a rule concludes, as a linked fact (NRules <c>Yield</c>): it disappears by itself when the
/// evidence that caused it changes. Host-written rules yield this type too; the evaluator turns every
/// <see cref="FindingFact"/> into a report finding. Messages are made when a report is built, not stored.
/// </summary>
public sealed class FindingFact : IIdentityProvider
{
    /// <summary>Creates a finding fact.</summary>
    /// <param name="code">The stable code, UPPER_SNAKE_CASE (for example <c>REPORT_MISSING</c>).</param>
    /// <param name="severity">The severity.</param>
    /// <param name="clausePath">The clause the finding rests on.</param>
    /// <param name="bodyId">The body the finding is about.</param>
    /// <param name="subjectId">The obligation or task id, or the evidence id for findings about a piece of evidence.</param>
    /// <param name="period">The period, if any.</param>
    /// <param name="evidenceIds">The evidence behind the finding.</param>
    /// <param name="message">A message for host-written rules; built-in rules leave it null and the report composes one.</param>
    /// <param name="evidenceKey">The evidence id that distinguishes several findings of one code on one subject, if any.</param>
    public FindingFact(string code, FindingSeverity severity, string clausePath, string bodyId, string subjectId, int? period, IReadOnlyList<string> evidenceIds, LocalizedText? message = null, string? evidenceKey = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(clausePath);
        ArgumentException.ThrowIfNullOrEmpty(bodyId);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentNullException.ThrowIfNull(evidenceIds);
        Code = code;
        Severity = severity;
        ClausePath = clausePath;
        BodyId = bodyId;
        SubjectId = subjectId;
        Period = period;
        EvidenceIds = evidenceIds;
        Message = message;
        EvidenceKey = evidenceKey;
        Id = evidenceKey is null ? $"{code}:{subjectId}" : $"{code}:{subjectId}:{evidenceKey}";
    }

    /// <summary>The stable id: <c>{code}:{subject}</c>, or <c>{code}:{subject}:{evidence}</c> for findings about one piece of evidence.</summary>
    public string Id { get; }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The clause path.</summary>
    public string ClausePath { get; }

    /// <summary>The body.</summary>
    public string BodyId { get; }

    /// <summary>The obligation, task or evidence id.</summary>
    public string SubjectId { get; }

    /// <summary>The period, if any.</summary>
    public int? Period { get; }

    /// <summary>The evidence ids behind it.</summary>
    public IReadOnlyList<string> EvidenceIds { get; }

    /// <summary>The message given by a host rule, if any.</summary>
    public LocalizedText? Message { get; }

    /// <summary>The distinguishing evidence id, if any.</summary>
    public string? EvidenceKey { get; }

    /// <summary>The obligation case it was drawn from, when a built-in rule made it.</summary>
    public ObligationCase? Case { get; init; }

    /// <summary>The task case it was drawn from, when a task rule made it.</summary>
    public TaskCase? TaskCase { get; init; }

    /// <summary>Extra data for the message (missing task ids, for example).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    object IIdentityProvider.GetIdentity() => Id;

    /// <inheritdoc />
    public override string ToString() => Id;
}
