using NRules.RuleModel;

namespace LaiChau.PlanRules.Rules;

/// <summary>Helpers for rule actions that yield several findings from one activation.</summary>
internal static class RuleFindings
{
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
