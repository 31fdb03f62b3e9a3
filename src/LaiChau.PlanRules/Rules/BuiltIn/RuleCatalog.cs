namespace LaiChau.PlanRules.Rules.BuiltIn;

/// <summary>
/// The built-in rules, read from their classes (<see cref="RuleInfo.From"/>); docs/rules.md's table is
/// generated from the same data and a test keeps it equal.
/// </summary>
public static class RuleCatalog
{
    /// <summary>The finding rules, in the order of docs/rules.md.</summary>
    private static readonly Type[] FindingRules =
    [
        typeof(ReportMissingRule), typeof(ReportLateRule), typeof(ReportDueSoonRule), typeof(ReportWrongChannelRule),
        typeof(ReportIncompleteRule), typeof(ReportUnexpectedRule), typeof(ReportDuplicateRule),
        typeof(ImplementationPlanMissingRule), typeof(ImplementationPlanLateRule), typeof(SynthesisMissingRule),
        typeof(SynthesisLateRule), typeof(ReviewMissingRule), typeof(TaskOverdueRule), typeof(TaskCompletedLateRule),
    ];

    /// <summary>The task-status rules: they yield a <see cref="TaskStatusFact"/>, not a finding.</summary>
    private static readonly Type[] StatusRules =
    [
        typeof(TaskCompletedOnTimeStatusRule), typeof(TaskCompletedLateStatusRule), typeof(TaskOpenWithinDeadlineStatusRule), typeof(TaskOpenOverdueStatusRule),
    ];

    /// <summary>The built-in finding rules, in the order of docs/rules.md.</summary>
    public static IReadOnlyList<RuleInfo> BuiltIn { get; } = [.. FindingRules.Select(RuleInfo.From)];

    /// <summary>The NRules rule types of the built-in rule set (finding and task-status rules).</summary>
    internal static IReadOnlyList<Type> BuiltInRuleTypes { get; } = [.. FindingRules, .. StatusRules];

    /// <summary>Finds a built-in rule by code.</summary>
    /// <param name="code">The code, for example <c>REPORT_MISSING</c> (case-insensitive).</param>
    /// <returns>The rule, or null.</returns>
    public static RuleInfo? Find(string code) => BuiltIn.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
