using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>Makes the session's facts: one case per obligation and per task instance, linear in both.</summary>
internal static class CaseFactory
{
    /// <summary>The cases in the model's order of obligations (ids are unique in the model), and the task cases.</summary>
    public static (List<ObligationCase> Cases, List<TaskCase> Tasks) Build(ObligationModel model, EvidenceIndex index, DateOnly asOf)
    {
        var cases = new List<ObligationCase>(model.Obligations.Count);
        foreach (var o in model.Obligations)
        {
            cases.Add(new ObligationCase(o, asOf, index.SubmissionsOf(o)));
        }

        var tasks = new List<TaskCase>(model.Tasks.Count);
        foreach (var t in model.Tasks)
        {
            tasks.Add(index.CaseFor(t, asOf));
        }

        return (cases, tasks);
    }
}
