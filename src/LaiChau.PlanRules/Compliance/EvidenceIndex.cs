using System.Globalization;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// Checks the evidence against the catalog, the plan and the model (unknown ids are input errors that name
/// the JSON path), leaves out evidence dated after the as-of date, and indexes each piece by the
/// obligation it answers: one dictionary pass, linear in the evidence.
/// </summary>
internal sealed class EvidenceIndex
{
    private readonly ObligationModel _model;
    private readonly DateOnly _asOf;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private EvidenceIndex(ObligationModel model, DateOnly asOf)
    {
        _model = model;
        _asOf = asOf;
    }

    public Dictionary<string, List<Submission>> ByObligation { get; } = new(StringComparer.Ordinal);

    public List<UnexpectedSubmission> Unexpected { get; } = [];

    public Dictionary<string, List<TaskProgress>> ProgressByTask { get; } = new(StringComparer.Ordinal);

    public List<ComplianceNote> Notes { get; } = [];

    public Dictionary<string, int> Studies { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Body, int Period), int> Inspections { get; } = [];

    public static EvidenceIndex Build(ObligationModel model, EvidenceSet evidence, DateOnly asOf)
    {
        var index = new EvidenceIndex(model, asOf);
        index.Index(evidence);
        return index;
    }

    /// <summary>An index of no evidence, for probing single pieces (<see cref="Classify"/>, <see cref="IndexProgress"/>) against a model whose requests were checked already.</summary>
    public static EvidenceIndex Empty(ObligationModel model, DateOnly asOf) => new(model, asOf);

    /// <summary>Checks one report and returns its obligation key and submission, or null when it is left out; throws on input errors.</summary>
    public (Obligation? Obligation, Submission Submission, bool Excluded) Classify(ReceivedReport r, string path, IReadOnlyList<ReportRequest> requests)
    {
        Require(r.Id, path, ".id");
        RequireBody(r.Body, path, ".body");
        if (r.OnBehalfOf is not null) RequireBody(r.OnBehalfOf, path, ".onBehalfOf");
        if (r.Addressee is not null) RequireBody(r.Addressee, path, ".addressee");
        if (r.DeliveredTo is not null) RequireBody(r.DeliveredTo, path, ".deliveredTo");
        RequirePeriod(r.Period, path, ".period");
        for (var i = 0; i < r.TaskResults.Count; i++)
        {
            var t = r.TaskResults[i];
            if (t is null || string.IsNullOrWhiteSpace(t.TaskId) || !_model.Plan.Appendix.Tasks.Any(x => x.Id == t.TaskId))
            {
                throw Error($"Task '{t?.TaskId}' is not in the plan's appendix.", $"{path}.taskResults[{i}].taskId");
            }
        }

        var useSent = _model.Deadlines.Policy.Timeliness == TimelinessBasis.SentWhenKnown && r.SentAt is not null;
        var instant = useSent ? r.SentAt!.Value : r.ReceivedAt;
        var submission = new Submission(r.Id, r.Body, r.OnBehalfOf, instant, r.ReceivedAt, VietnamTime.LocalDate(instant), r.Addressee, r.DeliveredTo, r.Replaces,
            r.TaskResults.Count == 0 ? [] : r.TaskResults.Select(t => t.TaskId).ToHashSet(StringComparer.Ordinal), r.DocumentNumber, r.DocumentDate);
        if (VietnamTime.LocalDate(r.ReceivedAt) > _asOf)
        {
            return (null, submission, true);
        }

        var keyBody = r.OnBehalfOf ?? r.Body;
        Obligation? obligation;
        if (r.RequestId is not null)
        {
            var request = requests.FirstOrDefault(q => q.Id == r.RequestId);
            if (request is null || request.Kind != ReportRequestKind.AdHoc)
            {
                throw Error($"Request '{r.RequestId}' is not an ad hoc request of this evidence.", path + ".requestId");
            }

            obligation = _model.Find(request.Period is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"request:{request.Id}:{keyBody}:{p}")
                : $"request:{request.Id}:{keyBody}");
        }
        else
        {
            obligation = _model.AnnualReportTemplate is { } t ? _model.Find(ObligationModel.AnnualKey(t.Id, keyBody, r.Period)) : null;
        }

        return (obligation, submission, false);
    }

    private void Index(EvidenceSet e)
    {
        if (e.SchemaVersion != EvidenceSet.CurrentSchemaVersion)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"schemaVersion {e.SchemaVersion} is not supported; this library reads version {EvidenceSet.CurrentSchemaVersion}."), "schemaVersion");
        }

        var requests = new List<ReportRequest>();
        for (var i = 0; i < e.Requests.Count; i++)
        {
            var path = $"requests[{i}]";
            var r = e.Requests[i] ?? throw Error("A request is null.", path);
            Require(r.Id, path, ".id");
            for (var j = 0; j < r.Bodies.Count; j++) RequireBody(r.Bodies[j], $"{path}.bodies[{j}]");
            for (var j = 0; j < r.Groups.Count; j++)
            {
                if (!_model.Catalog.TryGetGroup(r.Groups[j], out _)) throw Error($"Unknown group id '{r.Groups[j]}'.", $"{path}.groups[{j}]");
            }

            if (r.Issuer is not null) RequireBody(r.Issuer, path, ".issuer");
            if (r.Period is { } p) RequirePeriod(p, path, ".period");
            else if (r.Kind == ReportRequestKind.PeriodDeadline) throw Error("A period-deadline request must name its period.", path + ".period");
            requests.Add(r);
        }

        var reports = new List<(ReceivedReport Report, Submission Submission, Obligation? Obligation, string Path)>();
        for (var i = 0; i < e.Reports.Count; i++)
        {
            var path = $"reports[{i}]";
            var r = e.Reports[i] ?? throw Error("A report is null.", path);
            var (obligation, submission, excluded) = Classify(r, path, requests);
            if (excluded)
            {
                NoteAfterAsOf(r.Id, VietnamTime.LocalDate(r.ReceivedAt));
                continue;
            }

            reports.Add((r, submission, obligation, path));
        }

        var reportIds = reports.ToDictionary(x => x.Report.Id, x => x.Obligation, StringComparer.Ordinal);
        foreach (var (r, submission, obligation, path) in reports)
        {
            if (r.Replaces is not null)
            {
                if (r.Replaces == r.Id) throw Error("A report cannot replace itself.", path + ".replaces");
                if (!reportIds.TryGetValue(r.Replaces, out var replaced))
                {
                    throw Error($"Report '{r.Replaces}' that this one replaces is not among the reports received by the as-of date.", path + ".replaces");
                }

                if (!ReferenceEquals(replaced, obligation))
                {
                    throw Error($"Report '{r.Replaces}' is for another body or period; a report replaces one of its own body and period.", path + ".replaces");
                }
            }

            if (obligation is null)
            {
                var body = _model.Catalog.Get(r.Body);
                Unexpected.Add(new UnexpectedSubmission(submission, r.Period, body.ExistsOn(_model.Deadlines.CutOff(r.Period))));
            }
            else
            {
                AddSubmission(obligation.Id, submission);
            }
        }

        for (var i = 0; i < e.ImplementationPlans.Count; i++)
        {
            var path = $"implementationPlans[{i}]";
            var p = e.ImplementationPlans[i] ?? throw Error("An implementation plan is null.", path);
            Require(p.Id, path, ".id");
            RequireBody(p.Body, path, ".body");
            if (p.OnBehalfOf is not null) RequireBody(p.OnBehalfOf, path, ".onBehalfOf");
            if (p.IssuedOn > _asOf) { NoteAfterAsOf(p.Id, p.IssuedOn); continue; }
            var template = _model.Plan.ObligationTemplates.FirstOrDefault(t => t.Kind == Plan.ObligationKind.ImplementationPlan);
            var obligation = template is null ? null : _model.Find($"{template.Id}:{p.OnBehalfOf ?? p.Body}");
            var s = new Submission(p.Id, p.Body, p.OnBehalfOf, null, null, p.IssuedOn, null, null, null, [], p.DocumentNumber, p.IssuedOn);
            if (obligation is null) NoteWithoutObligation(p.Id, "kế hoạch triển khai", "implementation plan", p.Body);
            else AddSubmission(obligation.Id, s);
        }

        for (var i = 0; i < e.Syntheses.Count; i++)
        {
            var path = $"syntheses[{i}]";
            var s = e.Syntheses[i] ?? throw Error("A synthesis is null.", path);
            Require(s.Id, path, ".id");
            RequireBody(s.Body, path, ".body");
            RequirePeriod(s.Period, path, ".period");
            var date = VietnamTime.LocalDate(s.SubmittedAt);
            if (date > _asOf) { NoteAfterAsOf(s.Id, date); continue; }
            var template = _model.Plan.ObligationTemplates.FirstOrDefault(t => t.Kind == Plan.ObligationKind.Synthesis);
            var obligation = template is null ? null : _model.Find(ObligationModel.AnnualKey(template.Id, s.Body, s.Period));
            var sub = new Submission(s.Id, s.Body, null, s.SubmittedAt, s.SubmittedAt, date, RouteTable.ProvincialCommitteeId, null, null, [], s.DocumentNumber, null);
            if (obligation is null) NoteWithoutObligation(s.Id, "báo cáo tổng hợp", "synthesis", s.Body);
            else AddSubmission(obligation.Id, sub);
        }

        for (var i = 0; i < e.Reviews.Count; i++)
        {
            var path = $"reviews[{i}]";
            var r = e.Reviews[i] ?? throw Error("A review is null.", path);
            Require(r.Id, path, ".id");
            if (!_model.Deadlines.Policy.ReviewMilestones.Any(m => m.Id == r.Milestone))
            {
                throw Error($"Review milestone '{r.Milestone}' is not configured (policy.reviewMilestones).", path + ".milestone");
            }

            if (r.HeldOn > _asOf) { NoteAfterAsOf(r.Id, r.HeldOn); continue; }
            var sub = new Submission(r.Id, "so-noi-vu", null, null, null, r.HeldOn, null, null, null, [], r.DocumentNumber, r.HeldOn);
            var matched = _model.Obligations.Where(o => o.Kind == Plan.ObligationKind.Review && o.Qualifier == r.Milestone).ToList();
            foreach (var o in matched) AddSubmission(o.Id, sub);
            if (matched.Count == 0) NoteWithoutObligation(r.Id, "sơ kết/tổng kết", "review", "so-noi-vu");
        }

        for (var i = 0; i < e.TaskProgress.Count; i++)
        {
            IndexProgress(e.TaskProgress[i], $"taskProgress[{i}]");
        }

        for (var i = 0; i < e.Studies.Count; i++)
        {
            var path = $"studies[{i}]";
            var s = e.Studies[i] ?? throw Error("A study is null.", path);
            Require(s.Id, path, ".id");
            RequireBody(s.Body, path, ".body");
            if (s.HeldOn > _asOf) { NoteAfterAsOf(s.Id, s.HeldOn); continue; }
            Studies[s.Body] = Studies.GetValueOrDefault(s.Body) + 1;
        }

        for (var i = 0; i < e.Inspections.Count; i++)
        {
            var path = $"inspections[{i}]";
            var s = e.Inspections[i] ?? throw Error("An inspection is null.", path);
            Require(s.Id, path, ".id");
            RequireBody(s.Body, path, ".body");
            RequirePeriod(s.Period, path, ".period");
            if (s.HeldOn > _asOf) { NoteAfterAsOf(s.Id, s.HeldOn); continue; }
            Inspections[(s.Body, s.Period)] = Inspections.GetValueOrDefault((s.Body, s.Period)) + 1;
        }

        foreach (var list in ByObligation.Values)
        {
            if (list.Count > 1) list.Sort(DecisionOrder.Instance);
        }

        foreach (var (id, list) in ByObligation)
        {
            var o = _model.Find(id)!;
            if (o.IsReport && o.Route is { } route && RouteTable.Classify(route, list[0].Addressee, list[0].DeliveredTo) == RouteVerdict.Unknown)
            {
                Notes.Add(new ComplianceNote(NoteCodes.RouteUnknown,
                    new LocalizedText($"Báo cáo {list[0].EvidenceId}: không đủ thông tin (nơi gửi đến, nơi nhận) để xác định đường gửi.",
                        $"Report {list[0].EvidenceId}: not enough information (addressee, delivered to) to judge its route."),
                    list[0].EvidenceId));
            }
        }
    }

    public void IndexProgress(TaskProgress? p, string path)
    {
        if (p is null) throw Error("A task progress entry is null.", path);
        Require(p.Id, path, ".id");
        var task = _model.Plan.Appendix.Tasks.FirstOrDefault(t => t.Id == p.TaskId)
            ?? throw Error($"Task '{p.TaskId}' is not in the plan's appendix.", path + ".taskId");
        if (p.Body is not null) RequireBody(p.Body, path, ".body");
        if (p.Status == TaskProgressStatus.Completed && p.CompletedOn is null) throw Error("A completed task needs completedOn.", path + ".completedOn");
        if (p.Status != TaskProgressStatus.Completed && p.CompletedOn is not null) throw Error("completedOn is given but the status is not completed.", path + ".completedOn");
        for (var j = 0; j < p.Extensions.Count; j++)
        {
            if (p.Extensions[j] is null) throw Error("An extension is null.", $"{path}.extensions[{j}]");
        }

        var recurring = task.Timing.IsRecurring || task.Timing.Kind == Plan.TimingKind.Continuous;
        if (recurring && p.Period is null) throw Error($"Task '{task.Id}' recurs ({task.Timing.Text}): name the period.", path + ".period");
        if (!recurring && p.Period is not null) throw Error($"Task '{task.Id}' is a one-off task ({task.Timing.Text}): it takes no period.", path + ".period");
        if (p.Period is { } y)
        {
            RequirePeriod(y, path, ".period");
            if (y < _model.FirstYear || y > _model.LastYear)
            {
                Notes.Add(new ComplianceNote(NoteCodes.EvidenceOutsidePeriods,
                    new LocalizedText(
                        string.Create(CultureInfo.InvariantCulture, $"Chứng cứ {p.Id} thuộc kỳ {y}, ngoài các kỳ được xét ({_model.FirstYear}-{_model.LastYear}): không tính."),
                        string.Create(CultureInfo.InvariantCulture, $"Evidence {p.Id} is for period {y}, outside the periods covered ({_model.FirstYear}-{_model.LastYear}): left out.")),
                    p.Id));
                return;
            }
        }
        string body;
        if (p.Body is not null)
        {
            body = p.Body;
        }
        else
        {
            var leads = _model.Tasks.Where(t => t.Task.Id == task.Id && t.Period == p.Period).Select(t => t.BodyId).Distinct().ToList();
            if (leads.Count != 1) throw Error($"Task '{task.Id}' has {leads.Count} lead bodies: name the body.", path + ".body");
            body = leads[0];
        }

        var id = p.Period is { } year ? string.Create(CultureInfo.InvariantCulture, $"task:{task.Id}:{body}:{year}") : $"task:{task.Id}:{body}";
        if (_model.FindTask(id) is null) throw Error($"Body '{body}' does not lead task '{task.Id}'{(p.Period is { } q ? string.Create(CultureInfo.InvariantCulture, $" in {q}") : string.Empty)}.", path + ".body");
        if (!ProgressByTask.TryGetValue(id, out var list)) ProgressByTask[id] = list = [];
        list.Add(p);
    }

    /// <summary>Reduces a task's progress entries to its case at the as-of date.</summary>
    public TaskCase CaseFor(TaskObligation task, DateOnly asOf)
    {
        DateOnly? completed = null;
        DateOnly? extended = null;
        var ids = new List<string>();
        if (ProgressByTask.TryGetValue(task.Id, out var list))
        {
            foreach (var p in list)
            {
                ids.Add(p.Id);
                if (p.Status == TaskProgressStatus.Completed && p.CompletedOn is { } c)
                {
                    if (c > asOf) NoteAfterAsOf(p.Id, c);
                    else if (completed is null || c < completed) completed = c;
                }

                foreach (var x in p.Extensions)
                {
                    if (x.GrantedOn is { } g && g > asOf) continue;
                    if (extended is null || x.NewDueOn > extended) extended = x.NewDueOn;
                }
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return new TaskCase(task, asOf, completed, extended, _model.Deadlines.Policy.ExtensionCountsAsOnTime, ids);
    }

    private void AddSubmission(string obligationId, Submission s)
    {
        if (!ByObligation.TryGetValue(obligationId, out var list)) ByObligation[obligationId] = list = [];
        list.Add(s);
    }

    private void NoteAfterAsOf(string id, DateOnly date)
    {
        var d = date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var a = _asOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        Notes.Add(new ComplianceNote(NoteCodes.EvidenceAfterAsOf,
            new LocalizedText($"Chứng cứ {id} ngày {d} sau ngày đánh giá {a}: không tính trong lần đánh giá này.",
                $"Evidence {id} dated {d} is after the as-of date {a}: left out of this evaluation."), id));
    }

    private void NoteWithoutObligation(string id, string kindVi, string kindEn, string body) =>
        Notes.Add(new ComplianceNote(NoteCodes.EvidenceWithoutObligation,
            new LocalizedText($"Chứng cứ {id} ({kindVi} của {body}) không ứng với nghĩa vụ nào của Kế hoạch.",
                $"Evidence {id} ({kindEn} of {body}) answers no obligation of the plan."), id));

    // The checks take the JSON path in two parts and join them only when a check fails: building the path of
    // every member of every piece of evidence was a large share of an evaluation's allocations.
    private void Require(string? id, string path, string member = "")
    {
        if (string.IsNullOrWhiteSpace(id)) throw Error("The evidence id is empty.", path + member);
        if (!_ids.Add(id)) throw Error($"The evidence id '{id}' is used twice.", path + member);
    }

    private void RequireBody(string? id, string path, string member = "")
    {
        if (string.IsNullOrWhiteSpace(id) || !_model.Catalog.TryGet(id, out _))
        {
            throw Error($"Unknown body id '{id}': use an id of the catalog (planrules bodies lists them).", path + member);
        }
    }

    private static void RequirePeriod(int period, string path, string member = "")
    {
        if (period is < 1990 or > 2200) throw Error(string.Create(CultureInfo.InvariantCulture, $"Period {period} is not a year between 1990 and 2200."), path + member);
    }

    private static PlanRulesInputException Error(string reason, string path) => new(reason, jsonPath: path);

    /// <summary>Received instant, then document date, then document number, then evidence id.</summary>
    private sealed class DecisionOrder : IComparer<Submission>
    {
        public static readonly DecisionOrder Instance = new();

        public int Compare(Submission? x, Submission? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var c = (x.ReceivedAt?.UtcTicks ?? x.JudgedOn.DayNumber * TimeSpan.TicksPerDay).CompareTo(y.ReceivedAt?.UtcTicks ?? y.JudgedOn.DayNumber * TimeSpan.TicksPerDay);
            if (c != 0) return c;
            c = Nullable.Compare(x.DocumentDate, y.DocumentDate);
            if (c != 0) return c;
            c = string.CompareOrdinal(x.DocumentNumber, y.DocumentNumber);
            return c != 0 ? c : string.CompareOrdinal(x.EvidenceId, y.EvidenceId);
        }
    }
}
