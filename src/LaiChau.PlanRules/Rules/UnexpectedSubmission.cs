using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>A report from a known body for a period in which it has no obligation (dissolved, not yet established, or not obligated).</summary>
public sealed class UnexpectedSubmission : IIdentityProvider
{
    internal UnexpectedSubmission(Submission submission, int period, bool bodyExistsInPeriod)
    {
        Submission = submission;
        Period = period;
        BodyExistsInPeriod = bodyExistsInPeriod;
    }

    /// <summary>The report.</summary>
    public Submission Submission { get; }

    /// <summary>The period it names.</summary>
    public int Period { get; }

    /// <summary>Whether the sender existed on the period's cut-off (false: dissolved or not yet established).</summary>
    public bool BodyExistsInPeriod { get; }

    object IIdentityProvider.GetIdentity() => Submission.EvidenceId;
}
