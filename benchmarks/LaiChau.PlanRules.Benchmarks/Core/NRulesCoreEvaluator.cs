using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Rules.BuiltIn;
using NRules;
using NRules.Fluent;

namespace LaiChau.PlanRules.Benchmarks.Core;

/// <summary>
/// The library's own path restricted to the four core rules: its evidence index, one
/// <see cref="ObligationCase"/> per report obligation, the built-in NRules rule classes (missing, late, wrong
/// route, due soon) compiled alone, one session driven as the library drives its own (<see cref="SessionRun"/>), fire, read the
/// findings back.
/// </summary>
internal static class NRulesCoreEvaluator
{
    private static readonly Lazy<ISessionFactory> Factory = new(() =>
    {
        var repository = new RuleRepository();
        repository.Load(x => x.PrivateTypes().From(typeof(ReportMissingRule), typeof(ReportLateRule), typeof(ReportWrongChannelRule), typeof(ReportDueSoonRule)));
        return repository.Compile();
    });

    /// <summary>Compiles the four rules (once per process).</summary>
    public static void Warm() => _ = Factory.Value;

    public static List<CoreFinding> Evaluate(CoreInput input) => Fire(Cases(input));

    /// <summary>The facts: the library's evidence index (which also checks every report) and one case per report obligation.</summary>
    public static List<ObligationCase> Cases(CoreInput input)
    {
        var index = EvidenceIndex.Build(input.Model, input.Evidence, input.AsOf);
        var facts = new List<ObligationCase>(input.ReportObligations.Count);
        foreach (var o in input.ReportObligations)
        {
            facts.Add(new ObligationCase(o, input.AsOf, index.SubmissionsOf(o)));
        }

        return facts;
    }

    /// <summary>The engine's part alone: a session, the facts inserted, the rules fired, the findings read back.</summary>
    public static List<CoreFinding> Fire(List<ObligationCase> facts)
    {
        var session = SessionRun.Create(Factory.Value);
        SessionRun.Insert(session, facts);
        SessionRun.Fire(session);
        var findings = new List<CoreFinding>();
        foreach (var f in session.Query<FindingFact>())
        {
            findings.Add(new CoreFinding(f.Code, f.SubjectId));
        }

        return findings;
    }
}
