using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// One finding of a compliance report: what is wrong (or worth knowing), about whom, for which period,
/// on which clause it rests and which evidence is behind it. Immutable.
/// </summary>
public sealed class Finding
{
    internal Finding(FindingFact fact, string? responsibleBodyId, Deadline? deadline, string? obligationId, Func<LocalizedText> message, string? bodyName)
    {
        Id = fact.Id;
        Code = fact.Code;
        Severity = fact.Severity;
        BodyId = fact.BodyId;
        BodyName = bodyName;
        ResponsibleBodyId = responsibleBodyId;
        Period = fact.Period;
        ObligationId = obligationId;
        DueOn = deadline?.DueOn;
        DueConfidence = deadline?.Confidence;
        DeadlinePolicy = deadline?.PolicyName;
        ClausePath = fact.ClausePath;
        EvidenceIds = fact.EvidenceIds;
        Details = fact.Details;
        _message = message;
        Rule = fact.Rule;
    }

    /// <summary>The stable id: <c>{code}:{obligation}</c>, with <c>:{evidence}</c> for findings about one piece of evidence.</summary>
    public string Id { get; }

    /// <summary>The code (docs/rules.md).</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The body the finding is about (the originally obligated body).</summary>
    public string BodyId { get; }

    /// <summary>The body's name as it was in the period.</summary>
    public string? BodyName { get; }

    /// <summary>Who is responsible now, when it differs from <see cref="BodyId"/> (a successor after a merger); null when the same or when no successor exists.</summary>
    public string? ResponsibleBodyId { get; }

    /// <summary>The period (the year), if any.</summary>
    public int? Period { get; }

    /// <summary>The half or quarter of <see cref="Period"/> the finding is about (a half-yearly or quarterly duty); null for a whole year.</summary>
    public SubPeriod? SubPeriod { get; internal init; }

    /// <summary>The period as reports write it ("2026", "6 tháng đầu năm 2026" / "first half of 2026", "Quý III/2026" / "Q3 2026"); null without a period.</summary>
    public LocalizedText? PeriodLabel => Period is { } y ? SubPeriod.LabelOf(y, SubPeriod) : null;

    /// <summary>The obligation or task id, if the finding is about one.</summary>
    public string? ObligationId { get; }

    /// <summary>The due date, if any.</summary>
    public DateOnly? DueOn { get; }

    /// <summary>How sure the due date is; anything but confirmed is an assumed deadline ("hạn giả định").</summary>
    public Confidence? DueConfidence { get; }

    /// <summary>True when the due date is assumed.</summary>
    public bool IsDueAssumed => DueConfidence is { } c && c != Confidence.Confirmed;

    /// <summary>The deadline policy, request or milestone the due date comes from.</summary>
    public string? DeadlinePolicy { get; }

    /// <summary>
    /// The clause the finding rests on (for example <c>III.1.d4</c>); <c>plan.Find(path).Text</c> gives its text. An ad hoc
    /// request's finding cites the request's number and Decree 09/2019/NĐ-CP Art. 4 instead, which is no plan clause.
    /// </summary>
    public string ClausePath { get; }

    /// <summary>The evidence behind the finding.</summary>
    public IReadOnlyList<string> EvidenceIds { get; }

    /// <summary>Extra data (for REPORT_INCOMPLETE: the task ids without a result).</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>
    /// The message in Vietnamese and English, composed when asked for (not kept: a report of a million findings does
    /// not hold two million sentences); equal on every call.
    /// </summary>
    public LocalizedText Message => _message();

    private readonly Func<LocalizedText> _message;

    /// <summary>
    /// How sure the obligation the finding rests on is (null for a finding with no obligation):
    /// <see cref="Confidence.Partial"/> for an obligation a commune inherits from the districts and no request has
    /// confirmed, which caps the finding at a warning; <see cref="Confidence.Confirmed"/> otherwise.
    /// </summary>
    public Confidence? ObligationConfidence { get; internal init; }

    /// <summary>The rule that made it, built-in or host-written (from its finding fact).</summary>
    internal RuleInfo Rule { get; }

    /// <summary>What an explanation of this finding rests on (computed on demand, never eagerly).</summary>
    internal FindingBasis Basis { get; init; } = FindingBasis.None;

    /// <inheritdoc />
    public override string ToString() => Id;
}
