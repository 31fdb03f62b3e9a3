using System.Collections.Concurrent;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Rules.BuiltIn;
using NRules;
using NRules.Fluent;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// Compiles rule sets once per distinct set of rule types and shares the session factory (thread-safe in
/// NRules); sessions are created per evaluation.
/// </summary>
internal static class CompiledRuleSets
{
    private static readonly ConcurrentDictionary<string, Lazy<ISessionFactory>> Cache = new(StringComparer.Ordinal);

    public static ISessionFactory Get(IReadOnlyCollection<Type> hostRuleTypes)
    {
        var types = RuleCatalog.BuiltInRuleTypes.Concat(hostRuleTypes).Distinct().ToList();
        var key = string.Join("|", types.Select(t => t.AssemblyQualifiedName).Order(StringComparer.Ordinal));
        return Cache.GetOrAdd(key, _ => new Lazy<ISessionFactory>(() => Compile(types))).Value;
    }

    private static ISessionFactory Compile(IReadOnlyList<Type> types)
    {
        // A rule that declares [PlanRule] is read now, so a malformed host rule (no [Name], a bad message
        // template) fails when the evaluator loads it, not inside a rule action at the first finding.
        foreach (var t in types.Where(t => t.IsDefined(typeof(PlanRuleAttribute), inherit: false)))
        {
            RuleInfo.From(t);
        }

        var repository = new RuleRepository();
        repository.Load(x => x.PrivateTypes().From(types));
        return repository.Compile();
    }
}
