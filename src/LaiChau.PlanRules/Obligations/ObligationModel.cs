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

    // Recurring obligations by template and body, then by year and part: evidence finds the obligation it answers without
    // building an id string to look up. One entry per (template, body), an array over the years covered.
    private readonly Dictionary<(string Template, string Body), Obligation?[]> _recurring = [];
    private HashSet<string>? _seen; // ObligatedOn's dedup set, kept with its capacity between calls
    private readonly Dictionary<(string Body, int Year), List<string>> _expectedTasks = [];
    private readonly HashSet<(string Body, int Year, string Task)> _expected = [];
    private Dictionary<string, ReportRequest>? _confirmations;
    private ReportRequest? _confirmsAllCommunes;
    private int _requestCount;
    private Dictionary<string, IReadOnlyList<string>>? _predecessors;
    private readonly Dictionary<string, string[]> _receiversFor;

    private ObligationModel(PlanDocument plan, BodyCatalog catalog, DeadlineCalculator deadlines, int firstYear, int lastYear, ModelLimits limits)
    {
        Limits = limits;
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

    /// <summary>The limits the model was built under; the evidence filed over it is held to them too.</summary>
    public ModelLimits Limits { get; }

    public List<Obligation> Obligations { get; } = [];

    public List<TaskObligation> Tasks { get; } = [];

    public ObligationTemplate? AnnualReportTemplate { get; private set; }

    /// <summary>The first template of each kind and frequency the model instantiates: the one a report or synthesis for that kind of period answers.</summary>
    private readonly Dictionary<(ObligationKind, ObligationFrequency), ObligationTemplate> _firstOf = [];

    /// <summary>The report or synthesis template a submission for a year (<paramref name="part"/> null), a half or a quarter answers.</summary>
    public ObligationTemplate? TemplateFor(ObligationKind kind, SubPeriod? part) =>
        _firstOf.GetValueOrDefault((kind, part?.Frequency ?? ObligationFrequency.Annual));

    public Obligation? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The recurring obligation of a template, body, year and part (null for the whole year): the one whose id is
    /// <c>{template}:{body}:2026</c> (or <c>2026-H1</c>, <c>2026-Q3</c>), found without building that id.
    /// </summary>
    public Obligation? FindRecurring(string templateId, string bodyId, int year, SubPeriod? part)
    {
        if (year < FirstYear || year > LastYear || !_recurring.TryGetValue((templateId, bodyId), out var slots)) return null;
        var slot = RecurringSlot(year, part);
        return slot < slots.Length ? slots[slot] : null;
    }

    private int RecurringSlot(int year, SubPeriod? part) =>
        part is null ? year - FirstYear : (year - FirstYear) * part.PerYear + part.Number - 1;

    public TaskObligation? FindTask(string id) => _tasksById.GetValueOrDefault(id);

    public static string AnnualKey(string templateId, string bodyId, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{templateId}:{bodyId}:{year}");

    /// <summary>Builds the model. Input problems (unknown group ids, an unsigned plan without a first year) throw <see cref="PlanRulesInputException"/>.</summary>
    public static ObligationModel Build(PlanDocument plan, BodyCatalog catalog, DeadlineCalculator deadlines, IReadOnlyList<ReportRequest> requests, ModelLimits? limits = null)
    {
        limits ??= ModelLimits.Default;
        if (plan.Appendix.Tasks.Count > limits.MaxAppendixTasks)
        {
            throw new PlanRulesInputException(
                new LocalizedText(
                    string.Create(CultureInfo.InvariantCulture, $"Phụ lục của kế hoạch có {plan.Appendix.Tasks.Count} nhiệm vụ: vượt giới hạn {limits.MaxAppendixTasks} ({ModelLimits.AppendixTasksSetting})."),
                    string.Create(CultureInfo.InvariantCulture, $"The plan's appendix has {plan.Appendix.Tasks.Count} tasks: over the limit of {limits.MaxAppendixTasks} ({ModelLimits.AppendixTasksSetting}).")),
                jsonPath: "plan.appendixTasks");
        }

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
                new LocalizedText(
                    $"Kế hoạch '{plan.Id}' là dự thảo chưa ký: hãy cho biết ngày ký (plan.signedOn) hoặc đặt năm đầu tiên được theo dõi (policy.firstYear).",
                    $"The plan '{plan.Id}' is an unsigned draft: give its signing date (plan.signedOn) or set the first year covered (policy.firstYear)."),
                jsonPath: "plan.signedOn");
        }

        var lastYear = policy.LastYear;
        if (firstYear > lastYear)
        {
            throw new PlanRulesInputException(
                new LocalizedText(
                    string.Create(CultureInfo.InvariantCulture, $"Kỳ đầu tiên được theo dõi ({firstYear}) ở sau kỳ cuối cùng ({lastYear})."),
                    string.Create(CultureInfo.InvariantCulture, $"The first period covered ({firstYear}) is after the last ({lastYear}).")),
                jsonPath: "policy.lastYear");
        }

        if (lastYear - firstYear + 1 > limits.MaxPeriods)
        {
            throw new PlanRulesInputException(
                new LocalizedText(
                    string.Create(CultureInfo.InvariantCulture, $"Các kỳ được theo dõi, từ {firstYear} đến {lastYear}, gồm {lastYear - firstYear + 1} năm: vượt giới hạn {limits.MaxPeriods} ({ModelLimits.PeriodsSetting})."),
                    string.Create(CultureInfo.InvariantCulture, $"The periods covered, {firstYear} to {lastYear}, are {lastYear - firstYear + 1} years: over the limit of {limits.MaxPeriods} ({ModelLimits.PeriodsSetting}).")),
                jsonPath: policy.FirstYear is null ? "policy.lastYear" : "policy.firstYear");
        }

        var model = new ObligationModel(plan, catalog, deadlines, firstYear, lastYear, limits);
        model._requestCount = requests.Count;
        model.IndexConfirmations(requests);
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
                    new LocalizedText(
                        $"Mẫu nghĩa vụ '{template.Id}' nêu nhóm '{template.ObligatedGroupIds[i]}', nhưng danh mục không có nhóm này.",
                        $"Obligation template '{template.Id}' names group '{template.ObligatedGroupIds[i]}', which the catalog does not have."),
                    jsonPath: $"obligationTemplates[{Plan.ObligationTemplates.ToList().IndexOf(template)}].obligatedGroupIds[{i}]");
            }
        }

        for (var i = 0; i < template.ObligatedBodyIds.Count; i++)
        {
            if (!Catalog.TryGet(template.ObligatedBodyIds[i], out _))
            {
                throw new PlanRulesInputException(
                    new LocalizedText(
                        $"Mẫu nghĩa vụ '{template.Id}' nêu cơ quan '{template.ObligatedBodyIds[i]}', nhưng danh mục không có cơ quan này.",
                        $"Obligation template '{template.Id}' names body '{template.ObligatedBodyIds[i]}', which the catalog does not have."),
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
    private IEnumerable<(Body Body, bool Inherited)> ObligatedOn(ObligationTemplate template, DateOnly date)
    {
        var groups = template.ObligatedGroupIds;
        var communesToo = Deadlines.Policy.CommunesInheritDistrictDuties && groups.Contains(GroupIds.Districts) && !groups.Contains(GroupIds.Communes)
            && Catalog.TryGetGroup(GroupIds.Communes, out _);
        if (groups.Count == 1 && template.ObligatedBodyIds.Count == 0 && !communesToo)
        {
            // One group alone (the usual template): its members are distinct, no set is needed to tell them apart.
            foreach (var body in Catalog.MembersOn(groups[0], date)) yield return (body, false);
            yield break;
        }

        // One set, kept between calls (its capacity with it): a province's bodies are deduplicated for every template and
        // period while the model is built (on one thread). A call made while another enumerates gets a set of its own.
        var seen = _seen ?? new HashSet<string>(StringComparer.Ordinal);
        _seen = null;
        try
        {
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

            if (communesToo)
            {
                foreach (var body in Catalog.MembersOn(GroupIds.Communes, date))
                {
                    if (seen.Add(body.Id)) yield return (body, true);
                }
            }
        }
        finally
        {
            seen.Clear();
            _seen = seen;
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
        var chosen = _confirmsAllCommunes;
        if (_confirmations!.TryGetValue(communeId, out var named) && (chosen is null || IssueOrder(named, chosen) < 0)) chosen = named;
        return chosen?.Id;
    }

    /// <summary>
    /// One pass over the requests for <see cref="ConfirmationOf"/>: the earliest request naming each body, and the
    /// earliest naming the communes' group, so that each commune's answer is two lookups.
    /// </summary>
    private void IndexConfirmations(IReadOnlyList<ReportRequest> requests)
    {
        _confirmations = new Dictionary<string, ReportRequest>(StringComparer.Ordinal);
        foreach (var r in requests)
        {
            if (r.Groups.Contains(GroupIds.Communes, StringComparer.Ordinal) && (_confirmsAllCommunes is null || IssueOrder(r, _confirmsAllCommunes) < 0))
            {
                _confirmsAllCommunes = r;
            }

            foreach (var b in r.Bodies)
            {
                if (!_confirmations.TryGetValue(b, out var earlier) || IssueOrder(r, earlier) < 0) _confirmations[b] = r;
            }
        }
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

        var periodRequests = PeriodRequests(template, requests);
        Reserve(template, LastYear - FirstYear + 1);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var cutOff = Deadlines.CutOff(year);
            var standard = Deadlines.ForAnnual(template, year);
            var latest = periodRequests is null ? null : LatestRequestPerBody(periodRequests[(year, null)], cutOff);
            foreach (var (body, inherited) in ObligatedOn(template, cutOff))
            {
                var deadline = RequestedOr(latest, body.Id, standard);
                Add(MakeObligation(template, template.Kind, body, year, null, deadline, ExpectedTasks(body.Id, year), inherited));
            }
        }
    }

    /// <summary>The per-period deadline requests by the year and part they name (an annual report's template only).</summary>
    private static ILookup<(int? Year, SubPeriod? Part), ReportRequest>? PeriodRequests(ObligationTemplate template, IReadOnlyList<ReportRequest> requests) =>
        template.Kind == ObligationKind.AnnualReport
            ? requests.Where(r => r.Kind == ReportRequestKind.PeriodDeadline).ToLookup(r => (r.Period, RequestPart(r)))
            : null;

    private void BuildParts(ObligationTemplate template, IReadOnlyList<SubPeriod> parts, IReadOnlyList<ReportRequest> requests)
    {
        var periodRequests = PeriodRequests(template, requests);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            foreach (var part in parts)
            {
                var cutOff = Deadlines.CutOff(year, part);

                // As for years: the first half or quarter owed is the first whose cut-off falls after the signing date, unless
                // the host sets the first year itself.
                if (year == FirstYear && Deadlines.Policy.FirstYear is null && Plan.SignedOn is { } signed && signed >= cutOff) continue;
                var standard = Deadlines.ForPart(template, year, part);
                var latest = periodRequests is null ? null : LatestRequestPerBody(periodRequests[(year, part)], cutOff);
                foreach (var (body, inherited) in ObligatedOn(template, cutOff))
                {
                    var deadline = RequestedOr(latest, body.Id, standard);
                    Add(MakeObligation(template, template.Kind, body, year, null, deadline, ExpectedTasks(body.Id, year), inherited, part: part));
                }
            }
        }
    }

    /// <summary>
    /// The latest issued of a period's deadline requests for each body they address on <paramref name="on"/>: one pass
    /// over the requests and the bodies each names (its groups' members included), not a scan of the requests per body.
    /// </summary>
    private LatestRequests? LatestRequestPerBody(IEnumerable<ReportRequest> requests, DateOnly on)
    {
        LatestRequests? latest = null;
        foreach (var r in requests)
        {
            latest ??= new LatestRequests();
            var addressed = AddressedOn(r, on);
            if (addressed is null)
            {
                if (latest.ForAll is null || IssueOrder(r, latest.ForAll) > 0) latest.ForAll = r;
                continue;
            }

            foreach (var b in addressed)
            {
                if (!latest.ByBody.TryGetValue(b, out var earlier) || IssueOrder(r, earlier) > 0) latest.ByBody[b] = r;
            }
        }

        return latest;
    }

    /// <summary>The deadline the latest request addressing the body sets, or the standard one.</summary>
    private Deadline? RequestedOr(LatestRequests? latest, string bodyId, Deadline? standard) =>
        latest?.For(bodyId) is { } r ? Deadlines.ForRequest(r.Id, r.DocumentNumber, r.DueOn) : standard;

    private sealed class LatestRequests
    {
        public ReportRequest? ForAll { get; set; }

        public Dictionary<string, ReportRequest> ByBody { get; } = new(StringComparer.Ordinal);

        public ReportRequest? For(string bodyId)
        {
            var chosen = ForAll;
            if (ByBody.TryGetValue(bodyId, out var named) && (chosen is null || IssueOrder(named, chosen) > 0)) chosen = named;
            return chosen;
        }
    }

    /// <summary>The half or quarter a request names (checked when the evidence was read); null for a year.</summary>
    private static SubPeriod? RequestPart(ReportRequest r) => SubPeriod.From(r.Half, r.Quarter);

    /// <summary>The order in which requests were issued: by document date (an undated request counts as the oldest), then by id.</summary>
    private static int IssueOrder(ReportRequest a, ReportRequest b) =>
        (a.DocumentDate ?? DateOnly.MinValue).CompareTo(b.DocumentDate ?? DateOnly.MinValue) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);

    /// <summary>
    /// The bodies a request addresses on a date (those it names and its groups' members), or null when it names
    /// nobody and so addresses everyone. Linear in the request's lists and the groups' sizes.
    /// </summary>
    private HashSet<string>? AddressedOn(ReportRequest r, DateOnly on)
    {
        if (r.Bodies.Count == 0 && r.Groups.Count == 0) return null;
        var set = new HashSet<string>(r.Bodies, StringComparer.Ordinal);
        foreach (var g in r.Groups.Distinct(StringComparer.Ordinal))
        {
            foreach (var b in Catalog.MembersOn(g, on)) set.Add(b.Id);
        }

        return set;
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
            var addressed = AddressedOn(r, on);
            foreach (var (body, inherited) in ObligatedOn(annual, on).Where(b => addressed is null || addressed.Contains(b.Body.Id)))
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

    /// <summary>
    /// Makes room for a recurring template's obligations (its bodies on the plan's first cut-off, times its periods) before
    /// they are added: the id lookup and the list grow once instead of doubling their way up. Capped by the obligations
    /// limit, so a hostile template reserves no more than may be built.
    /// </summary>
    private void Reserve(ObligationTemplate template, int periods)
    {
        var bodies = template.ObligatedGroupIds.Sum(g => Catalog.TryGetGroup(g, out var group) ? group.Members.Count : 0) + template.ObligatedBodyIds.Count;
        var wanted = (int)Math.Min((long)Obligations.Count + (long)bodies * periods, Limits.MaxObligations);
        _byId.EnsureCapacity(wanted);
        Obligations.EnsureCapacity(wanted);
    }

    private void Add(Obligation o)
    {
        if (_byId.TryAdd(o.Id, o))
        {
            CountOne();
            Obligations.Add(o);
            if (o.Kind != ObligationKind.AdHocReport && o.Qualifier is null && o.Period is { } year && year >= FirstYear && year <= LastYear)
            {
                var key = (o.Template.Id, o.BodyId);
                if (!_recurring.TryGetValue(key, out var slots))
                {
                    var perYear = o.SubPeriod?.PerYear ?? 1;
                    _recurring[key] = slots = new Obligation?[(LastYear - FirstYear + 1) * perYear];
                }

                slots[RecurringSlot(year, o.SubPeriod)] = o;
            }
        }
    }

    /// <summary>
    /// Counts one more obligation or task instance against <see cref="ModelLimits.MaxObligations"/>, before the
    /// session is fed: an input that would expand past it (years × tasks × group members, ad hoc requests × bodies)
    /// is refused having built at most the limit.
    /// </summary>
    private void CountOne()
    {
        if (Obligations.Count + Tasks.Count < Limits.MaxObligations) return;
        throw new PlanRulesInputException(new LocalizedText(
            string.Create(CultureInfo.InvariantCulture,
                $"Kế hoạch và dữ liệu chứng cứ sinh ra hơn {Limits.MaxObligations} nghĩa vụ và lượt nhiệm vụ (các kỳ {FirstYear}-{LastYear}, {Plan.Appendix.Tasks.Count} nhiệm vụ phụ lục, {_requestCount} yêu cầu báo cáo): vượt giới hạn ({ModelLimits.ObligationsSetting})."),
            string.Create(CultureInfo.InvariantCulture,
                $"The plan and evidence expand to more than {Limits.MaxObligations} obligations and task instances (periods {FirstYear}-{LastYear}, {Plan.Appendix.Tasks.Count} appendix tasks, {_requestCount} requests): over the limit ({ModelLimits.ObligationsSetting}).")));
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
            new LocalizedText(
                $"Nhiệm vụ phụ lục '{task.Id}' nêu cơ quan chủ trì '{task.Lead}', nhưng đây không phải là cơ quan hay nhóm nào trong danh mục.",
                $"Appendix task '{task.Id}' names lead '{task.Lead}', which is neither a body nor a group of the catalog."),
            jsonPath: $"appendix.tasks[{Plan.Appendix.Tasks.ToList().IndexOf(task)}].lead");
    }

    private void AddTask(TaskObligation t)
    {
        if (_tasksById.TryAdd(t.Id, t))
        {
            CountOne();
            Tasks.Add(t);
        }
    }

    private void Expect(string bodyId, int year, string taskId)
    {
        if (!_expectedTasks.TryGetValue((bodyId, year), out var list))
        {
            _expectedTasks[(bodyId, year)] = list = [];
        }

        if (_expected.Add((bodyId, year, taskId))) list.Add(taskId);
    }
}
