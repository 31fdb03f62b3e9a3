using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>A report from a known body for a period in which it has no obligation (dissolved, not yet established, or not obligated).</summary>
public sealed class UnexpectedSubmission : IIdentityProvider
{
    internal UnexpectedSubmission(Submission submission, int period, bool bodyExistsInPeriod, Plan.SubPeriod? subPeriod = null)
    {
        SubPeriod = subPeriod;
        Submission = submission;
        Period = period;
        BodyExistsInPeriod = bodyExistsInPeriod;
    }

    /// <summary>The report.</summary>
    public Submission Submission { get; }

    /// <summary>The period it names.</summary>
    public int Period { get; }

    /// <summary>The half or quarter of <see cref="Period"/> it names (<c>half</c>, <c>quarter</c> in the evidence); null for a whole year.</summary>
    public Plan.SubPeriod? SubPeriod { get; }

    /// <summary>Whether the sender existed on the period's cut-off (false: dissolved or not yet established).</summary>
    public bool BodyExistsInPeriod { get; }

    object IIdentityProvider.GetIdentity() => Submission.EvidenceId;
}
