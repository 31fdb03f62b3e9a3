using System.Globalization;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Obligations;

/// <summary>
/// The plan's obligation templates instantiated over bodies and periods, and the appendix tasks over their
/// lead bodies: keys, due dates and successors computed once, before any fact enters a session.
/// Independent of the as-of date; linear in the number of obligations.
/// </summary>
internal sealed class ObligationModel
{
    private readonly Dictionary<string, Obligation> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskObligation> _tasksById = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Body, int Year), List<string>> _expectedTasks = [];
    private IReadOnlyList<ReportRequest> _requests = [];
    private Dictionary<string, IReadOnlyList<string>>? _predecessors;
    private readonly Dictionary<string, string[]> _receiversFor;

    private ObligationModel(PlanDocument plan, BodyCatalog catalog, DeadlineCalculator deadlines, int firstYear, int lastYear)
    {
        Plan = plan;
        Catalog = catalog;
        Deadlines = deadlines;
        FirstYear = firstYear;
        LastYear = lastYear;
        _receiversFor = catalog.Bodies
            .Where(b => b.ReceivesFor is not null)
            .GroupBy(b => b.ReceivesFor!.BodyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(b => b.Id).ToArray(), StringComparer.Ordinal);
    }

    public PlanDocument Plan { get; }

    public BodyCatalog Catalog { get; }

    public DeadlineCalculator Deadlines { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    public List<Obligation> Obligations { get; } = [];

    public List<TaskObligation> Tasks { get; } = [];

    public ObligationTemplate? AnnualReportTemplate { get; private set; }

    /// <summary>The first template of each kind and frequency the model instantiates: the one a report or synthesis for that kind of period answers.</summary>
    private readonly Dictionary<(ObligationKind, ObligationFrequency), ObligationTemplate> _firstOf = [];

    /// <summary>The report or synthesis template a submission for a year (<paramref name="part"/> null), a half or a quarter answers.</summary>
    public ObligationTemplate? TemplateFor(ObligationKind kind, SubPeriod? part) =>
        _firstOf.GetValueOrDefault((kind, part?.Frequency ?? ObligationFrequency.Annual));

    public Obligation? Find(string id) => _byId.GetValueOrDefault(id);

    public TaskObligation? FindTask(string id) => _tasksById.GetValueOrDefault(id);

    public static string AnnualKey(string templateId, string bodyId, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{templateId}:{bodyId}:{year}");

    /// <summary>The key of a recurring obligation for a year or a part of one: <c>{template}:{body}:2026</c>, <c>{template}:{body}:2026-H1</c>.</summary>
    public static string PeriodKey(string templateId, string bodyId, int year, SubPeriod? part) =>
        $"{templateId}:{bodyId}:{SubPeriod.Key(year, part)}";

    /// <summary>Builds the model. Input problems (unknown group ids, an unsigned plan without a first year) throw <see cref="PlanRulesInputException"/>.</summary>
    public static ObligationModel Build(PlanDocument plan, BodyCatalog catalog, DeadlineCalculator deadlines, IReadOnlyList<ReportRequest> requests)
    {
        var policy = deadlines.Policy;
        int firstYear;
        if (policy.FirstYear is { } fy)
        {
            firstYear = fy;
        }
        else if (plan.SignedOn is { } signed)
        {
            firstYear = signed >= deadlines.CutOff(signed.Year) ? signed.Year + 1 : signed.Year;
        }
        else
        {
            throw new PlanRulesInputException(
                $"The plan '{plan.Id}' is an unsigned draft: give its signing date (plan.signedOn) or set the first year covered (policy.firstYear).",
                jsonPath: "plan.signedOn");
        }

        var lastYear = policy.LastYear;
        if (firstYear > lastYear)
        {
            throw new PlanRulesInputException(
                string.Create(CultureInfo.InvariantCulture, $"The first period covered ({firstYear}) is after the last ({lastYear})."),
                jsonPath: "policy.lastYear");
        }

        var model = new ObligationModel(plan, catalog, deadlines, firstYear, lastYear) { _requests = requests };
        model.BuildTasks();
        foreach (var template in plan.ObligationTemplates)
        {
            model.CheckIds(template);
            switch (template.Kind)
            {
                case ObligationKind.AnnualReport:
                    if (template.Frequency == ObligationFrequency.Annual) model.AnnualReportTemplate ??= template;
                    model._firstOf.TryAdd((template.Kind, template.Frequency), template);
                    model.BuildAnnual(template, requests);
                    break;
                case ObligationKind.Synthesis:
                    model._firstOf.TryAdd((template.Kind, template.Frequency), template);
                    model.BuildAnnual(template, []);
                    break;
                case ObligationKind.ImplementationPlan:
                    model.BuildOnce(template);
                    break;
                case ObligationKind.Review:
                    model.BuildReviews(template);
                    break;
                default:
                    break; // studies and inspections are recorded, not judged
            }
        }

        if (model.AnnualReportTemplate is { } annual)
        {
            model.BuildAdHoc(annual, requests);
        }

        return model;
    }

    /// <summary>The appendix tasks the body leads that its report for <paramref name="year"/> must cover.</summary>
    public IReadOnlyList<string> ExpectedTasks(string bodyId, int year) =>
        _expectedTasks.TryGetValue((bodyId, year), out var list) ? list : [];

    private void CheckIds(ObligationTemplate template)
    {
        for (var i = 0; i < template.ObligatedGroupIds.Count; i++)
        {
            if (!Catalog.TryGetGroup(template.ObligatedGroupIds[i], out _))
            {
                throw new PlanRulesInputException(
                    $"Obligation template '{template.Id}' names group '{template.ObligatedGroupIds[i]}', which the catalog does not have.",
                    jsonPath: $"obligationTemplates[{Plan.ObligationTemplates.ToList().IndexOf(template)}].obligatedGroupIds[{i}]");
            }
        }

        for (var i = 0; i < template.ObligatedBodyIds.Count; i++)
        {
            if (!Catalog.TryGet(template.ObligatedBodyIds[i], out _))
            {
                throw new PlanRulesInputException(
                    $"Obligation template '{template.Id}' names body '{template.ObligatedBodyIds[i]}', which the catalog does not have.",
                    jsonPath: $"obligationTemplates[{Plan.ObligationTemplates.ToList().IndexOf(template)}].obligatedBodyIds[{i}]");
            }
        }
    }

    /// <summary>
    /// The bodies a template obligates on a date: its groups' members and its named bodies that exist then. When
    /// <see cref="CompliancePolicy.CommunesInheritDistrictDuties"/> is on and the template obligates the districts,
    /// the UBND xã/phường existing then are added as <c>Inherited</c> (Law 72/2025/QH15 ended the district level on
    /// 01/7/2025; the communes took over most district duties: P). A commune the template names itself, or whose group
    /// it names, is not inherited.
    /// </summary>
    public IEnumerable<(Body Body, bool Inherited)> ObligatedOn(ObligationTemplate template, DateOnly date)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = template.ObligatedGroupIds;
        foreach (var group in groups)
        {
            foreach (var body in Catalog.MembersOn(group, date))
            {
                if (seen.Add(body.Id)) yield return (body, false);
            }
        }

        foreach (var id in template.ObligatedBodyIds)
        {
            var body = Catalog.Get(id);
            if (body.ExistsOn(date) && seen.Add(id)) yield return (body, false);
        }

        if (Deadlines.Policy.CommunesInheritDistrictDuties && groups.Contains(GroupIds.Districts) && !groups.Contains(GroupIds.Communes)
            && Catalog.TryGetGroup(GroupIds.Communes, out _))
        {
            foreach (var body in Catalog.MembersOn(GroupIds.Communes, date))
            {
                if (seen.Add(body.Id)) yield return (body, true);
            }
        }
    }

    /// <summary>
    /// The districts whose duties a commune inherits, from the catalog's territories (district → commune, P), in
    /// catalog order; empty when the catalog records none.
    /// </summary>
    private IReadOnlyList<string> PredecessorsOf(string communeId)
    {
        _predecessors ??= Catalog.Territories
            .GroupBy(t => t.CommuneId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(t => t.DistrictId).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return _predecessors.TryGetValue(communeId, out var list) ? list : [];
    }

    /// <summary>
    /// The request that confirms a commune's inherited obligation: the earliest (by document date, then id) request
    /// in force that names the commune in its bodies, or the communes' group in its groups. A request that names
    /// nobody addresses everyone and confirms nothing.
    /// </summary>
    private string? ConfirmationOf(string communeId)
    {
        ReportRequest? chosen = null;
        foreach (var r in _requests)
        {
            if (!r.Bodies.Contains(communeId, StringComparer.Ordinal) && !r.Groups.Contains(GroupIds.Communes, StringComparer.Ordinal)) continue;
            if (chosen is null || IssueOrder(r, chosen) < 0) chosen = r;
        }

        return chosen?.Id;
    }

    /// <summary>
    /// The obligations of a recurring template: one per body and year from <see cref="FirstYear"/> to <see cref="LastYear"/>,
    /// or per body and half or quarter of those years (at most four a year, so the years' bounds bound them too), who owes
    /// each decided on its own cut-off. A per-period request sets the due date of the year or part it names.
    /// </summary>
    private void BuildAnnual(ObligationTemplate template, IReadOnlyList<ReportRequest> requests)
    {
        var parts = SubPeriod.Of(template.Frequency);
        if (parts.Count > 0)
        {
            BuildParts(template, parts, requests);
            return;
        }

        for (var year = FirstYear; year <= LastYear; year++)
        {
            var cutOff = Deadlines.CutOff(year);
            var standard = Deadlines.ForAnnual(template, year);
            foreach (var (body, inherited) in ObligatedOn(template, cutOff))
            {
                var deadline = PeriodRequestFor(template, requests, body.Id, year, cutOff) ?? standard;
                Add(MakeObligation(template, template.Kind, body, year, null, deadline, ExpectedTasks(body.Id, year), inherited));
            }
        }
    }

    private void BuildParts(ObligationTemplate template, IReadOnlyList<SubPeriod> parts, IReadOnlyList<ReportRequest> requests)
    {
        for (var year = FirstYear; year <= LastYear; year++)
        {
            foreach (var part in parts)
            {
                var cutOff = Deadlines.CutOff(year, part);

                // As for years: the first half or quarter owed is the first whose cut-off falls after the signing date, unless
                // the host sets the first year itself.
                if (year == FirstYear && Deadlines.Policy.FirstYear is null && Plan.SignedOn is { } signed && signed >= cutOff) continue;
                var standard = Deadlines.ForPart(template, year, part);
                foreach (var (body, inherited) in ObligatedOn(template, cutOff))
                {
                    var deadline = PeriodRequestFor(template, requests, body.Id, year, cutOff, part) ?? standard;
                    Add(MakeObligation(template, template.Kind, body, year, null, deadline, ExpectedTasks(body.Id, year), inherited, part: part));
                }
            }
        }
    }

    /// <summary>
    /// The deadline a per-period request sets for a report of a year (<paramref name="part"/> null) or of a half or quarter
    /// (the request names the same one with <c>half</c> or <c>quarter</c>): the latest issued that addresses the body.
    /// </summary>
    private Deadline? PeriodRequestFor(ObligationTemplate template, IReadOnlyList<ReportRequest> requests, string bodyId, int year, DateOnly cutOff, SubPeriod? part = null)
    {
        if (template.Kind != ObligationKind.AnnualReport) return null;
        ReportRequest? chosen = null;
        foreach (var r in requests)
        {
            if (r.Kind != ReportRequestKind.PeriodDeadline || r.Period != year || !Addresses(r, bodyId, cutOff)) continue;
            if (RequestPart(r) != part) continue;
            if (chosen is null || IssueOrder(r, chosen) > 0) chosen = r;
        }

        return chosen is null ? null : Deadlines.ForRequest(chosen.Id, chosen.DocumentNumber, chosen.DueOn);
    }

    /// <summary>The half or quarter a request names (checked when the evidence was read); null for a year.</summary>
    private static SubPeriod? RequestPart(ReportRequest r) => SubPeriod.From(r.Half, r.Quarter);

    /// <summary>The order in which requests were issued: by document date (an undated request counts as the oldest), then by id.</summary>
    private static int IssueOrder(ReportRequest a, ReportRequest b) =>
        (a.DocumentDate ?? DateOnly.MinValue).CompareTo(b.DocumentDate ?? DateOnly.MinValue) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);

    private bool Addresses(ReportRequest r, string bodyId, DateOnly on)
    {
        if (r.Bodies.Count == 0 && r.Groups.Count == 0) return true;
        if (r.Bodies.Contains(bodyId, StringComparer.Ordinal)) return true;
        foreach (var g in r.Groups)
        {
            if (Catalog.MembersOn(g, on).Any(b => b.Id == bodyId)) return true;
        }

        return false;
    }

    private void BuildOnce(ObligationTemplate template)
    {
        var anchor = Plan.SignedOn ?? Deadlines.WindowStart(FirstYear);
        var deadline = Deadlines.ForOnce(template, Plan.SignedOn);
        foreach (var (body, inherited) in ObligatedOn(template, anchor))
        {
            Add(MakeObligation(template, template.Kind, body, null, null, deadline, [], inherited));
        }
    }

    private void BuildReviews(ObligationTemplate template)
    {
        foreach (var milestone in Deadlines.Policy.ReviewMilestones.OrderBy(m => m.DueOn).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            var deadline = Deadlines.ForMilestone(milestone);
            foreach (var (body, inherited) in ObligatedOn(template, milestone.DueOn))
            {
                Add(MakeObligation(template, template.Kind, body, null, milestone.Id, deadline, [], inherited));
            }
        }
    }

    /// <summary>What an ad hoc obligation cites after the request's number (docs/policies.md, "Per-period and ad hoc requests").</summary>
    internal const string AdHocBasis = "Nghị định 09/2019/NĐ-CP, Điều 4 (báo cáo đột xuất)";

    private void BuildAdHoc(ObligationTemplate annual, IReadOnlyList<ReportRequest> requests)
    {
        foreach (var r in requests)
        {
            if (r.Kind != ReportRequestKind.AdHoc) continue;
            var on = r.DocumentDate ?? r.DueOn;
            var deadline = Deadlines.ForRequest(r.Id, r.DocumentNumber, r.DueOn);

            // An ad hoc report rests on the request itself and on Decree 09/2019/NĐ-CP Art. 4 (báo cáo đột xuất), not on a
            // clause of the plan: III.1.d4 is the annual report, and III.2's "định kỳ, đột xuất" is about reviews.
            var basis = r.DocumentNumber + "; " + AdHocBasis;
            foreach (var (body, inherited) in ObligatedOn(annual, on).Where(b => Addresses(r, b.Body.Id, on)))
            {
                Add(MakeObligation(annual, ObligationKind.AdHocReport, body, r.Period, r.Id, deadline, [], inherited, basis));
            }
        }
    }

    private Obligation MakeObligation(ObligationTemplate template, ObligationKind kind, Body body, int? period, string? qualifier, Deadline? deadline, IReadOnlyList<string> expectedTasks, bool inherited, string? clausePath = null, SubPeriod? part = null)
    {
        string? responsible = body.Id;
        var dissolved = false;
        if (deadline is not null && !body.ExistsOn(deadline.DueOn))
        {
            responsible = Catalog.ResponsibleOn(body.Id, deadline.DueOn)?.Id;
            dissolved = responsible is null;
        }

        var route = template.Route is { } r && r.ViaBodyId == body.Id ? new ExpectedRoute(r.AddresseeBodyId, null) : template.Route;
        var receivers = route is null ? [] : _receiversFor.GetValueOrDefault(route.AddresseeBodyId, []);
        return new Obligation(template, kind, body.Id, period, qualifier, deadline, responsible, dissolved, route, receivers, expectedTasks,
            kind is ObligationKind.AnnualReport or ObligationKind.AdHocReport ? Deadlines.RemindFrom(deadline) : null, clausePath ?? template.ClausePath, part)
        {
            IsInherited = inherited,
            InheritedFromBodyIds = inherited ? PredecessorsOf(body.Id) : [],
            ConfirmedByRequestId = inherited ? ConfirmationOf(body.Id) : null,
        };
    }

    private void Add(Obligation o)
    {
        if (_byId.TryAdd(o.Id, o)) Obligations.Add(o);
    }

    private void BuildTasks()
    {
        foreach (var task in Plan.Appendix.Tasks)
        {
            var recurring = task.Timing.IsRecurring || task.Timing.Kind == TimingKind.Continuous;
            if (recurring)
            {
                for (var year = FirstYear; year <= LastYear; year++)
                {
                    var cutOff = Deadlines.CutOff(year);
                    var deadline = Deadlines.ForTask(task, year);
                    foreach (var body in LeadsOn(task, cutOff))
                    {
                        AddTask(new TaskObligation(task, body, year, year, deadline));
                        Expect(body, year, task.Id);
                    }
                }
            }
            else
            {
                var deadline = Deadlines.ForTask(task, null);
                var due = deadline?.DueOn ?? Deadlines.CutOff(LastYear);
                var counted = Math.Clamp(Deadlines.PeriodOf(due), FirstYear, LastYear);
                // The leads are those that exist when the task falls due (a task due in 2024 can be led by a district).
                foreach (var body in LeadsOn(task, deadline?.DueOn ?? Deadlines.CutOff(counted)))
                {
                    AddTask(new TaskObligation(task, body, null, counted, deadline));
                    for (var year = FirstYear; year <= counted; year++)
                    {
                        Expect(body, year, task.Id);
                    }
                }
            }
        }
    }

    /// <summary>The lead bodies of a task on a date: the body itself (or who is responsible for it then), or the group's members.</summary>
    public IEnumerable<string> LeadsOn(AppendixTask task, DateOnly on)
    {
        if (Catalog.TryGetGroup(task.Lead, out _))
        {
            return Catalog.MembersOn(task.Lead, on).Select(b => b.Id);
        }

        if (Catalog.TryGet(task.Lead, out var body))
        {
            return body.ExistsOn(on) ? [body.Id] : Catalog.ResponsibleOn(body.Id, on) is { } s ? [s.Id] : [body.Id];
        }

        throw new PlanRulesInputException(
            $"Appendix task '{task.Id}' names lead '{task.Lead}', which is neither a body nor a group of the catalog.",
            jsonPath: $"appendix.tasks[{Plan.Appendix.Tasks.ToList().IndexOf(task)}].lead");
    }

    private void AddTask(TaskObligation t)
    {
        if (_tasksById.TryAdd(t.Id, t)) Tasks.Add(t);
    }

    private void Expect(string bodyId, int year, string taskId)
    {
        if (!_expectedTasks.TryGetValue((bodyId, year), out var list))
        {
            _expectedTasks[(bodyId, year)] = list = [];
        }

        if (!list.Contains(taskId, StringComparer.Ordinal)) list.Add(taskId);
    }
}
