using System.Collections.Concurrent;
using System.Reflection;
using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>Builds the finding facts of the built-in rules from their <see cref="PlanRuleAttribute"/>.</summary>
internal static class RuleFindings
{
    private static readonly ConcurrentDictionary<Type, PlanRuleAttribute> Metadata = new();

    public static PlanRuleAttribute MetadataOf(Type ruleType) =>
        Metadata.GetOrAdd(ruleType, t => t.GetCustomAttribute<PlanRuleAttribute>()
            ?? throw new InvalidOperationException($"Rule {t.Name} has no [PlanRule] attribute."));

    /// <summary>A finding about an obligation as a whole.</summary>
    public static FindingFact ForCase<TRule>(ObligationCase c, Submission? evidence = null, bool keyedByEvidence = false, IReadOnlyList<string>? details = null)
    {
        var m = MetadataOf(typeof(TRule));
        var o = c.Obligation;
        IReadOnlyList<string> ids = evidence is null ? [] : [evidence.EvidenceId];
        return new FindingFact(m.Code, m.Severity, o.ClausePath, o.BodyId, o.Id, o.Period, ids, null, keyedByEvidence ? evidence?.EvidenceId : null)
        {
            Case = c,
            Details = details ?? [],
        };
    }

    /// <summary>A finding about a task case.</summary>
    public static FindingFact ForTask<TRule>(TaskCase t)
    {
        var m = MetadataOf(typeof(TRule));
        return new FindingFact(m.Code, m.Severity, t.Task.ClausePath, t.Task.BodyId, t.Task.Id, t.Task.CountedInPeriod, t.EvidenceIds)
        {
            TaskCase = t,
        };
    }

    /// <summary>
    /// Keeps the linked findings of one activation equal to <paramref name="wanted"/>: inserts new ones,
    /// updates kept ones, retracts the rest. Lets one activation yield one finding per piece of evidence.
    /// </summary>
    public static void Sync(IContext ctx, IEnumerable<FindingFact> wanted)
    {
        var want = wanted.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var key in ctx.GetLinkedKeys().ToList())
        {
            var existing = ctx.GetLinked(key);
            if (key is string id && want.Remove(id, out var replacement))
            {
                ctx.UpdateLinked(key, replacement);
            }
            else if (existing is not null)
            {
                ctx.RetractLinked(key, existing);
            }
        }

        foreach (var (id, fact) in want)
        {
            ctx.InsertLinked(id, fact);
        }
    }
}
