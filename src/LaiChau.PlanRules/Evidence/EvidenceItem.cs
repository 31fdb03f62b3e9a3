namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// A piece of evidence with an id of the host's choosing: a report received, an implementation plan issued,
/// a synthesis, a review, task progress, a study, an inspection or a request. Evidence ids are unique within an
/// evidence set (requests included) and are quoted in findings. The kinds are the library's own: a host cannot
/// add one (the evaluator would not know what it answers).
/// </summary>
public abstract record EvidenceItem
{
    private protected EvidenceItem()
    {
    }

    /// <summary>The evidence id, unique within the evidence set.</summary>
    public abstract string Id { get; init; }

    /// <summary>The kind in one camelCase word, as a monitor's error paths name it (<c>report</c>, <c>taskProgress</c>).</summary>
    internal abstract string KindName { get; }

    /// <summary>
    /// The Vietnam dates on which this evidence starts to count (received, issued, held, completed, an extension
    /// granted): a monitor whose as-of date crosses one re-judges what the evidence answers.
    /// </summary>
    internal abstract IEnumerable<DateOnly> EffectiveDates { get; }
}
