using System.Globalization;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// Which obligations or task instances a piece of evidence answers, read off the obligation model: the keys
/// <see cref="EvidenceIndex"/> files evidence under and the monitor refreshes when evidence changes. Evidence
/// is assumed checked (<see cref="EvidenceValidator"/>); the only errors here are those that need the model
/// (a report naming a request that is not an ad hoc request, task progress whose lead body cannot be told).
/// </summary>
internal sealed class EvidenceKeys
{
    private const string UnexpectedPrefix = "unexpected:";
    private readonly ObligationModel _model;
    private readonly ObligationTemplate? _implementationPlan;

    // Lookups built on first use, so that filing n pieces of evidence is linear in n (no scan of the requests, the
    // obligations or the task instances per piece).
    private readonly IReadOnlyList<ReportRequest> _requests;
    private Dictionary<string, ReportRequest>? _requestsById;
    private Dictionary<string, Obligation>? _reviewByMilestone; // a milestone's one review obligation: the usual case
    private Dictionary<string, List<Obligation>>? _reviewsByMilestone; // milestones that several bodies review
    private Dictionary<(string TaskId, int? Period), List<string>>? _leadsByTask;

    /// <summary>Keys over <paramref name="model"/> for evidence whose requests (all of them, in force or not) are <paramref name="requests"/>.</summary>
    public EvidenceKeys(ObligationModel model, IReadOnlyList<ReportRequest> requests)
    {
        _model = model;
        _requests = requests;
        _implementationPlan = model.Plan.ObligationTemplates.FirstOrDefault(t => t.Kind == ObligationKind.ImplementationPlan);
    }

    /// <summary>The key of a report that answers no obligation (an unexpected submission).</summary>
    public static string Unexpected(string evidenceId) => UnexpectedPrefix + evidenceId;

    /// <summary>Whether a key is that of an unexpected submission.</summary>
    public static bool IsUnexpected(string key) => key.StartsWith(UnexpectedPrefix, StringComparison.Ordinal);

    /// <summary>The obligation a report answers: the annual report of its body (or the body it reports for) and period, or the ad hoc report it was asked for.</summary>
    public Obligation? Report(ReceivedReport r, string path)
    {
        var keyBody = r.OnBehalfOf ?? r.Body;
        if (r.RequestId is not null)
        {
            var request = EvidenceValidator.AdHocRequest(r, RequestsById(), path);
            return _model.Find(request.Period is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"request:{request.Id}:{keyBody}:{p}")
                : $"request:{request.Id}:{keyBody}");
        }

        var part = EvidenceValidator.PartOf(r.Half, r.Quarter, path);
        return _model.TemplateFor(ObligationKind.AnnualReport, part) is { } t ? _model.FindRecurring(t.Id, keyBody, r.Period, part) : null;
    }

    /// <summary>The implementation-plan obligation of the issuing body (or the body it issues for).</summary>
    public Obligation? ImplementationPlan(ImplementationPlanIssued p) =>
        _implementationPlan is null ? null : _model.Find($"{_implementationPlan.Id}:{p.OnBehalfOf ?? p.Body}");

    /// <summary>The synthesis obligation of the submitting body for the period.</summary>
    public Obligation? Synthesis(SynthesisSubmitted s, string path)
    {
        var part = EvidenceValidator.PartOf(s.Half, s.Quarter, path);
        return _model.TemplateFor(ObligationKind.Synthesis, part) is { } t ? _model.FindRecurring(t.Id, s.Body, s.Period, part) : null;
    }

    /// <summary>The review obligations of the milestone held.</summary>
    public IReadOnlyList<Obligation> Reviews(ReviewHeld r)
    {
        if (_reviewByMilestone is null)
        {
            // No list per milestone unless it needs one: a policy may configure thousands of milestones.
            _reviewByMilestone = new Dictionary<string, Obligation>(StringComparer.Ordinal);
            _reviewsByMilestone = new Dictionary<string, List<Obligation>>(StringComparer.Ordinal);
            foreach (var o in _model.Obligations)
            {
                if (o.Kind != ObligationKind.Review || o.Qualifier is null) continue;
                if (_reviewsByMilestone.TryGetValue(o.Qualifier, out var list)) list.Add(o);
                else if (_reviewByMilestone.Remove(o.Qualifier, out var first)) _reviewsByMilestone[o.Qualifier] = [first, o];
                else _reviewByMilestone[o.Qualifier] = o;
            }
        }

        if (r.Milestone is null) return [];
        if (_reviewByMilestone.TryGetValue(r.Milestone, out var one)) return [one];
        return _reviewsByMilestone!.TryGetValue(r.Milestone, out var several) ? several : [];
    }

    /// <summary>The task instance progress is about; null when its period is outside the periods covered (it is left out).</summary>
    public string? Task(TaskProgress p, string path)
    {
        if (p.Period is { } y && (y < _model.FirstYear || y > _model.LastYear)) return null;
        string body;
        if (p.Body is not null)
        {
            body = p.Body;
        }
        else
        {
            var leads = LeadsOf(p.TaskId, p.Period);
            if (leads.Count != 1) throw EvidenceValidator.LeadNotSingle(p.TaskId, leads.Count, path);
            body = leads[0];
        }

        var id = p.Period is { } year ? string.Create(CultureInfo.InvariantCulture, $"task:{p.TaskId}:{body}:{year}") : $"task:{p.TaskId}:{body}";
        return _model.FindTask(id) is null ? throw EvidenceValidator.NotALead(body, p.TaskId, p.Period, path) : id;
    }

    /// <summary>The requests by id (the first of a reused id; ids are checked unique before this is asked), built on first use.</summary>
    private Dictionary<string, ReportRequest> RequestsById()
    {
        if (_requestsById is null)
        {
            _requestsById = new Dictionary<string, ReportRequest>(_requests.Count, StringComparer.Ordinal);
            foreach (var q in _requests)
            {
                if (q?.Id is { } id) _requestsById.TryAdd(id, q);
            }
        }

        return _requestsById;
    }

    /// <summary>The lead bodies of a task's instances in a period (null: a one-off task), in the model's order.</summary>
    private IReadOnlyList<string> LeadsOf(string taskId, int? period)
    {
        if (_leadsByTask is null)
        {
            _leadsByTask = [];
            foreach (var t in _model.Tasks)
            {
                if (!_leadsByTask.TryGetValue((t.Task.Id, t.Period), out var list)) _leadsByTask[(t.Task.Id, t.Period)] = list = [];
                list.Add(t.BodyId); // task instance ids are (task, body, period): a body appears once per list
            }
        }

        return _leadsByTask.TryGetValue((taskId, period), out var leads) ? leads : [];
    }

    /// <summary>Every key a piece of evidence (not a request) is filed under, whatever its date; studies and inspections have none.</summary>
    public string[] Of(EvidenceItem item, string path) => item switch
    {
        ReceivedReport r => [Report(r, path)?.Id ?? Unexpected(r.Id)],
        ImplementationPlanIssued p => ImplementationPlan(p) is { } o ? [o.Id] : [],
        SynthesisSubmitted s => Synthesis(s, path) is { } o ? [o.Id] : [],
        ReviewHeld v => Reviews(v).Select(o => o.Id).ToArray(),
        TaskProgress t => Task(t, path) is { } id ? [id] : [],
        _ => [],
    };
}
