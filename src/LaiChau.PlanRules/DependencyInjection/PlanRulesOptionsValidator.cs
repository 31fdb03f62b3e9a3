using LaiChau.PlanRules.Compliance;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Validates <see cref="PlanRulesOptions"/> (policies, files, rule types).</summary>
internal sealed class PlanRulesOptionsValidator : IValidateOptions<PlanRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, PlanRulesOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
