namespace LaiChau.PlanRules.Rules;

/// <summary>How a submission's route compares with the route its obligation expects.</summary>
internal enum RouteVerdict
{
    /// <summary>It took the expected route.</summary>
    Accepted,

    /// <summary>It did not (REPORT_WRONG_CHANNEL); it still counts as received.</summary>
    WrongRoute,

    /// <summary>The evidence does not say enough to tell: a note, not a finding.</summary>
    Unknown,
}
