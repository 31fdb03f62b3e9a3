namespace LaiChau.PlanRules.Deadlines;

/// <summary>Which instant of a report decides whether it was on time.</summary>
public enum TimelinessBasis
{
    /// <summary>The instant it was received (the default).</summary>
    Received,

    /// <summary>The instant it was sent, when the evidence gives one; otherwise the instant it was received.</summary>
    SentWhenKnown,
}
