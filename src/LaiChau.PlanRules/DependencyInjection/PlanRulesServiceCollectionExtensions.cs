using LaiChau.PlanRules.Compliance;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// The Microsoft.Extensions convention: registration extensions live in this namespace.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LaiChau.PlanRules with a service collection.</summary>
public static class PlanRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IComplianceEvaluator"/> (a singleton: the compiled rules are shared, each
    /// evaluation uses its own session) and <see cref="PlanRulesOptions"/>, validated when the evaluator
    /// is built and, in a generic host, at start. Calling it again is harmless (TryAdd). To bind the
    /// options from configuration: <c>services.Configure&lt;PlanRulesOptions&gt;(configuration.GetSection("PlanRules"))</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddPlanRules(this IServiceCollection services) => services.AddPlanRules(configure: null);

    /// <summary>Registers LaiChau.PlanRules and configures its options (see <see cref="AddPlanRules(IServiceCollection)"/>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; null configures nothing.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddPlanRules(this IServiceCollection services, Action<PlanRulesOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<PlanRulesOptions>();
        if (configure is not null) builder.Configure(configure);
        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlanRulesOptions>, PlanRulesOptionsValidator>());
        services.TryAddSingleton<IComplianceEvaluator, ComplianceEvaluator>();
        return services;
    }
}
