namespace LaiChau.PlanRules.Deadlines;

/// <summary>
/// A due date with its provenance: the policy or document it comes from and how sure it is. The due
/// day ends at 24:00 Vietnam time: anything received on <see cref="DueOn"/> is on time.
/// </summary>
public sealed class Deadline
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="dueOn">The last day (inclusive), after any roll-forward.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="policyName">The policy name, the request id or the milestone id it comes from.</param>
    /// <param name="confidence">How sure it is.</param>
    /// <param name="sourceText">A human-readable source (the policy's source, the công văn number, ...).</param>
    /// <param name="anchor">The day it is counted from (a cut-off or signing date), if any.</param>
    /// <param name="unadjustedDueOn">The date before roll-forward, when roll-forward moved it.</param>
    public Deadline(DateOnly dueOn, DeadlineSource source, string policyName, Confidence confidence, string? sourceText = null, DateOnly? anchor = null, DateOnly? unadjustedDueOn = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(policyName);
        DueOn = dueOn;
        Source = source;
        PolicyName = policyName;
        Confidence = confidence;
        SourceText = sourceText;
        Anchor = anchor;
        UnadjustedDueOn = unadjustedDueOn == dueOn ? null : unadjustedDueOn;
    }

    /// <summary>The last day (inclusive, Vietnam date).</summary>
    public DateOnly DueOn { get; }

    /// <summary>Where it comes from.</summary>
    public DeadlineSource Source { get; }

    /// <summary>The policy name, request id or milestone id.</summary>
    public string PolicyName { get; }

    /// <summary>How sure it is.</summary>
    public Confidence Confidence { get; }

    /// <summary>True when the deadline is not confirmed: shown as "hạn giả định" (assumed deadline).</summary>
    public bool IsAssumed => Confidence != Confidence.Confirmed;

    /// <summary>A human-readable source.</summary>
    public string? SourceText { get; }

    /// <summary>The day it is counted from, if any.</summary>
    public DateOnly? Anchor { get; }

    /// <summary>The date before roll-forward moved it to a working day; null when not moved.</summary>
    public DateOnly? UnadjustedDueOn { get; }
}
