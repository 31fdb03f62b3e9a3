using System.Globalization;

namespace LaiChau.PlanRules.Obligations;

/// <summary>
/// What a plan and its evidence may make the engine create, checked while the obligation model is built and before
/// any fact enters a session (docs/reliability.md, "Limits"). The values come from
/// <c>PlanRulesOptions.MaxPeriods</c>, <c>MaxObligations</c>, <c>MaxAppendixTasks</c> and <c>MaxEvidencePerObligation</c>;
/// evidence cannot raise them.
/// </summary>
internal sealed record ModelLimits(int MaxPeriods, int MaxObligations, int MaxAppendixTasks = ModelLimits.DefaultMaxAppendixTasks, int MaxEvidencePerObligation = ModelLimits.DefaultMaxEvidencePerObligation)
{
    /// <summary>The default number of tasks the plan's appendix may hold (Lai Châu's has 4).</summary>
    public const int DefaultMaxAppendixTasks = 1_000;

    /// <summary>The default number of pieces of evidence one obligation may have filed under it (a report, its replacements and duplicates).</summary>
    public const int DefaultMaxEvidencePerObligation = 100;

    /// <summary>Where the appendix limit is raised, for the error message.</summary>
    public const string AppendixTasksSetting = "PlanRulesOptions.MaxAppendixTasks, configuration PlanRules:MaxAppendixTasks, planrules --max-appendix-tasks";

    /// <summary>Where the evidence-per-obligation limit is raised, for the error message.</summary>
    public const string EvidencePerObligationSetting = "PlanRulesOptions.MaxEvidencePerObligation, configuration PlanRules:MaxEvidencePerObligation, planrules --max-evidence-per-obligation";

    /// <summary>The default number of years one evaluation covers.</summary>
    public const int DefaultMaxPeriods = 50;

    /// <summary>The default number of obligations and task instances one evaluation builds.</summary>
    public const int DefaultMaxObligations = 200_000;

    /// <summary>Where the years limit is raised, for the error message.</summary>
    public const string PeriodsSetting = "PlanRulesOptions.MaxPeriods, configuration PlanRules:MaxPeriods, planrules --max-periods";

    /// <summary>Where the obligations limit is raised, for the error message.</summary>
    public const string ObligationsSetting = "PlanRulesOptions.MaxObligations, configuration PlanRules:MaxObligations, planrules --max-obligations";

    /// <summary>The defaults.</summary>
    public static ModelLimits Default { get; } = new(DefaultMaxPeriods, DefaultMaxObligations);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MaxPeriods} periods, {MaxObligations} obligations, {MaxAppendixTasks} appendix tasks, {MaxEvidencePerObligation} pieces of evidence per obligation");
}
