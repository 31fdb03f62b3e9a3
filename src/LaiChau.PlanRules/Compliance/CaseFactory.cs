using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>Makes the session's facts: one case per obligation and per task instance, linear in both.</summary>
internal static class CaseFactory
{
    public static (Dictionary<string, ObligationCase> Cases, List<TaskCase> Tasks) Build(ObligationModel model, EvidenceIndex index, DateOnly asOf)
    {
        var cases = new Dictionary<string, ObligationCase>(model.Obligations.Count, StringComparer.Ordinal);
        foreach (var o in model.Obligations)
        {
            cases[o.Id] = new ObligationCase(o, asOf, index.SubmissionsOf(o));
        }

        var tasks = new List<TaskCase>(model.Tasks.Count);
        foreach (var t in model.Tasks)
        {
            tasks.Add(index.CaseFor(t, asOf));
        }

        return (cases, tasks);
    }
}
