using System.Linq.Expressions;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Rules;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Benchmarks.Core;

/// <summary>
/// What NRules itself costs for the core path's shape, with nothing of the library in it: one fact per report
/// obligation carrying the four decisions already made (by the floor, before the clock starts), four one-condition
/// rules that read one boolean each, one linked fact yielded per finding, the same <see cref="SessionRun"/>, the
/// findings read back. No index, no cases, no dates: the cheapest conditions NRules can evaluate.
/// <para>
/// Any NRules path that keeps the comparison's rules (each obligation a fact whose decisions are NRules conditions,
/// each finding a linked fact that host rules and the monitor see) does at least this work, so this time ÷
/// RulesEngine's is the lowest P1 such a path can reach on this machine, whatever the library does.
/// </para>
/// </summary>
internal static class NRulesEngineFloor
{
    private static readonly Lazy<ISessionFactory> Factory = new(() =>
    {
        var repository = new RuleRepository();
        repository.Load(x => x.PrivateTypes().NestedTypes().From(typeof(MissingRule), typeof(LateRule), typeof(WrongRouteRule), typeof(DueSoonRule)));
        return repository.Compile();
    });

    /// <summary>Compiles the four rules (once per process).</summary>
    public static void Warm() => _ = Factory.Value;

    /// <summary>The facts, decided by the floor (not timed): one per report obligation, findings or not.</summary>
    public static List<Decided> Prepare(CoreInput input)
    {
        var byObligation = new Dictionary<string, Decided>(input.ReportObligations.Count);
        var facts = new List<Decided>(input.ReportObligations.Count);
        foreach (var o in input.ReportObligations)
        {
            var d = new Decided(o);
            byObligation.Add(o.Id, d);
            facts.Add(d);
        }

        foreach (var f in FloorEvaluator.Evaluate(input))
        {
            var d = byObligation[f.ObligationId];
            switch (f.Code)
            {
                case FindingCodes.ReportMissing: d.Missing = true; break;
                case FindingCodes.ReportLate: d.Late = true; break;
                case FindingCodes.ReportWrongChannel: d.WrongRoute = true; break;
                case FindingCodes.ReportDueSoon: d.DueSoon = true; break;
                default: throw new InvalidOperationException("Not a core finding: " + f.Code);
            }
        }

        return facts;
    }

    /// <summary>A session, the facts inserted, the rules fired, the findings read back (as <see cref="NRulesCoreEvaluator.Fire"/> does).</summary>
    public static List<CoreFinding> Fire(List<Decided> facts)
    {
        var session = SessionRun.Create(Factory.Value);
        SessionRun.Insert(session, facts);
        SessionRun.Fire(session);
        var findings = new List<CoreFinding>();
        foreach (var f in session.Query<Outcome>())
        {
            findings.Add(new CoreFinding(f.Code, f.Obligation.Id));
        }

        return findings;
    }

    /// <summary>One report obligation with its four decisions made.</summary>
    internal sealed class Decided(Obligation obligation)
    {
        public Obligation Obligation { get; } = obligation;

        public bool Missing { get; set; }

        public bool Late { get; set; }

        public bool WrongRoute { get; set; }

        public bool DueSoon { get; set; }
    }

    /// <summary>The linked fact a rule yields: a code and the obligation.</summary>
    internal sealed class Outcome(string code, Obligation obligation)
    {
        public string Code { get; } = code;

        public Obligation Obligation { get; } = obligation;
    }

    /// <summary>One rule per core code: one condition reading one decision, one linked finding.</summary>
    private abstract class DecisionRule(string code, Expression<Func<Decided, bool>> condition) : Rule
    {
        public override void Define()
        {
            Decided d = default!;
            When().Match(() => d, condition);
            Then().Yield(_ => new Outcome(code, d.Obligation));
        }
    }

    private sealed class MissingRule() : DecisionRule(FindingCodes.ReportMissing, x => x.Missing);

    private sealed class LateRule() : DecisionRule(FindingCodes.ReportLate, x => x.Late);

    private sealed class WrongRouteRule() : DecisionRule(FindingCodes.ReportWrongChannel, x => x.WrongRoute);

    private sealed class DueSoonRule() : DecisionRule(FindingCodes.ReportDueSoon, x => x.DueSoon);
}
