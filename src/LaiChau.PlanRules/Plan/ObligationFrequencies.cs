namespace LaiChau.PlanRules.Plan;

/// <summary>What the compliance evaluation does with each <see cref="ObligationFrequency"/>.</summary>
internal static class ObligationFrequencies
{
    /// <summary>False for the frequencies a plan file records but the evaluation does not compute periods for yet (half-yearly, quarterly).</summary>
    public static bool IsEvaluated(this ObligationFrequency frequency) =>
        frequency is ObligationFrequency.Once or ObligationFrequency.Annual or ObligationFrequency.Milestones;
}
