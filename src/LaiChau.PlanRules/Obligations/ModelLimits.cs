using System.Globalization;

namespace LaiChau.PlanRules.Obligations;

/// <summary>
/// What a plan and its evidence may make the engine create, checked while the obligation model is built and before
/// any fact enters a session (docs/reliability.md, "Limits"). The values come from
/// <c>PlanRulesOptions.MaxPeriods</c> and <c>MaxObligations</c>; evidence cannot raise them.
/// </summary>
internal sealed record ModelLimits(int MaxPeriods, int MaxObligations)
{
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
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MaxPeriods} periods, {MaxObligations} obligations");
}
