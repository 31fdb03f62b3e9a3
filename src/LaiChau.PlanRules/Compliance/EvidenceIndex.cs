using System.Globalization;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// Indexes each piece of evidence by the obligation it answers (<see cref="EvidenceKeys"/>), after checking it
/// (<see cref="EvidenceValidator"/>; the requests were checked when the obligation model was built), and leaves
/// out evidence dated after the as-of date with a note: one dictionary pass, linear in the evidence.
/// </summary>
internal sealed class EvidenceIndex
{
    private readonly ObligationModel _model;
    private readonly DateOnly _asOf;
    private readonly EvidenceValidator _validator;
    private readonly EvidenceKeys _keys;
    private readonly string? _synthesisAddressee;
    private readonly string? _reviewBody;

    private EvidenceIndex(ObligationModel model, IReadOnlyList<ReportRequest> requests, DateOnly asOf)
    {
        _model = model;
        _asOf = asOf;
        _validator = new EvidenceValidator(model.Plan, model.Catalog, model.Deadlines.Policy);
        _keys = new EvidenceKeys(model, requests);

        // Who a synthesis goes to and who advises a review are the plan's data (its templates), not the engine's.
        _synthesisAddressee = model.Plan.ObligationTemplates.FirstOrDefault(t => t.Kind == Plan.ObligationKind.Synthesis)?.Route?.AddresseeBodyId;
        _reviewBody = model.Plan.ObligationTemplates.FirstOrDefault(t => t.Kind == Plan.ObligationKind.Review)?.ObligatedBodyIds.FirstOrDefault();
    }

    // Keyed by the obligation object itself (reference equality, as Obligation does not override it): no id string is
    // hashed or compared per piece of evidence, and the obligation's hash code is computed once for its lifetime.
    private readonly Dictionary<Obligation, List<Submission>> _byObligation = [];

    /// <summary>The obligations some evidence answers, in the order the evidence was first filed.</summary>
    public IReadOnlyCollection<Obligation> Answered => _byObligation.Keys;

    /// <summary>The evidence filed under an obligation, in decision order (empty when none).</summary>
    public IReadOnlyList<Submission> SubmissionsOf(Obligation obligation) =>
        _byObligation.TryGetValue(obligation, out var list) ? list : [];

    /// <summary>The evidence filed under the obligation of an id (empty when there is none or no such obligation).</summary>
    public IReadOnlyList<Submission> SubmissionsOf(string obligationId) =>
        _model.Find(obligationId) is { } o ? SubmissionsOf(o) : [];

    public List<UnexpectedSubmission> Unexpected { get; } = [];

    public Dictionary<string, List<TaskProgress>> ProgressByTask { get; } = new(StringComparer.Ordinal);

    public List<ComplianceNote> Notes { get; } = [];

    public Dictionary<string, int> Studies { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Body, int Period), int> Inspections { get; } = [];

    /// <summary>Checks and indexes <paramref name="evidence"/>, whose requests the model was built from (checked then).</summary>
    public static EvidenceIndex Build(ObligationModel model, EvidenceSet evidence, DateOnly asOf)
    {
        var index = new EvidenceIndex(model, evidence.Requests, asOf);
        index.Index(evidence);
        return index;
    }

    /// <summary>An index of no evidence (for a task case without progress).</summary>
    public static EvidenceIndex Empty(ObligationModel model, DateOnly asOf) => new(model, [], asOf);

    private void Index(EvidenceSet e)
    {
        _validator.ReserveIds(e.Requests);
        var reports = new List<(ReceivedReport Report, Obligation? Obligation, string Path)>(e.Reports.Count);
        var submissions = new List<Submission>(e.Reports.Count);
        _byObligation.EnsureCapacity(e.Reports.Count + e.ImplementationPlans.Count + e.Syntheses.Count);
        for (var i = 0; i < e.Reports.Count; i++)
        {
            var path = $"reports[{i}]";
            var r = e.Reports[i] ?? throw EvidenceValidator.IsNull("Một báo cáo", "A report", path);
            _validator.Check(r, path);
            var received = VietnamTime.LocalDate(r.ReceivedAt);
            if (received > _asOf)
            {
                NoteAfterAsOf(r.Id, received);
                continue;
            }

            reports.Add((r, _keys.Report(r, path), path));
            submissions.Add(SubmissionOf(r));
        }

        EvidenceValidator.CheckReplacements(reports);
        for (var i = 0; i < reports.Count; i++)
        {
            var (r, obligation, path) = reports[i];
            if (obligation is null)
            {
                var body = _model.Catalog.Get(r.Body);
                var part = EvidenceValidator.PartOf(r.Half, r.Quarter, path);
                Unexpected.Add(new UnexpectedSubmission(submissions[i], r.Period, body.ExistsOn(_model.Deadlines.CutOff(r.Period, part)), part));
            }
            else
            {
                AddSubmission(obligation, submissions[i], path);
            }
        }

        for (var i = 0; i < e.ImplementationPlans.Count; i++)
        {
            var path = $"implementationPlans[{i}]";
            var p = e.ImplementationPlans[i] ?? throw EvidenceValidator.IsNull("Một kế hoạch triển khai", "An implementation plan", path);
            _validator.Check(p, path);
            if (p.IssuedOn > _asOf) { NoteAfterAsOf(p.Id, p.IssuedOn); continue; }
            var s = new Submission(p.Id, p.Body, p.OnBehalfOf, null, null, p.IssuedOn, null, null, null, [], p.DocumentNumber, p.IssuedOn);
            if (_keys.ImplementationPlan(p) is not { } obligation) NoteWithoutObligation(p.Id, "kế hoạch triển khai", "implementation plan", p.Body);
            else AddSubmission(obligation, s, path);
        }

        for (var i = 0; i < e.Syntheses.Count; i++)
        {
            var path = $"syntheses[{i}]";
            var s = e.Syntheses[i] ?? throw EvidenceValidator.IsNull("Một báo cáo tổng hợp", "A synthesis", path);
            _validator.Check(s, path);
            var date = VietnamTime.LocalDate(s.SubmittedAt);
            if (date > _asOf) { NoteAfterAsOf(s.Id, date); continue; }
            var sub = new Submission(s.Id, s.Body, null, s.SubmittedAt, s.SubmittedAt, date, _synthesisAddressee, null, null, [], s.DocumentNumber, null);
            if (_keys.Synthesis(s, path) is not { } obligation) NoteWithoutObligation(s.Id, "báo cáo tổng hợp", "synthesis", s.Body);
            else AddSubmission(obligation, sub, path);
        }

        for (var i = 0; i < e.Reviews.Count; i++)
        {
            var path = $"reviews[{i}]";
            var r = e.Reviews[i] ?? throw EvidenceValidator.IsNull("Một báo cáo sơ kết, tổng kết", "A review", path);
            _validator.Check(r, path);
            if (r.HeldOn > _asOf) { NoteAfterAsOf(r.Id, r.HeldOn); continue; }
            var matched = _keys.Reviews(r);
            foreach (var o in matched)
            {
                AddSubmission(o, new Submission(r.Id, o.BodyId, null, null, null, r.HeldOn, null, null, null, [], r.DocumentNumber, r.HeldOn), path);
            }

            if (matched.Count == 0) NoteWithoutObligation(r.Id, "sơ kết/tổng kết", "review", _reviewBody);
        }

        for (var i = 0; i < e.TaskProgress.Count; i++)
        {
            var path = $"taskProgress[{i}]";
            var p = e.TaskProgress[i] ?? throw EvidenceValidator.IsNull("Một mục tiến độ nhiệm vụ", "A task progress entry", path);
            _validator.Check(p, path);
            if (_keys.Task(p, path) is not { } id)
            {
                NoteOutsidePeriods(p.Id, p.Period!.Value);
                continue;
            }

            if (!ProgressByTask.TryGetValue(id, out var list)) ProgressByTask[id] = list = [];
            list.Add(p);
        }

        for (var i = 0; i < e.Studies.Count; i++)
        {
            var path = $"studies[{i}]";
            var s = e.Studies[i] ?? throw EvidenceValidator.IsNull("Một nghiên cứu", "A study", path);
            _validator.Check(s, path);
            if (s.HeldOn > _asOf) { NoteAfterAsOf(s.Id, s.HeldOn); continue; }
            Studies[s.Body] = Studies.GetValueOrDefault(s.Body) + 1;
        }

        for (var i = 0; i < e.Inspections.Count; i++)
        {
            var path = $"inspections[{i}]";
            var s = e.Inspections[i] ?? throw EvidenceValidator.IsNull("Một cuộc kiểm tra", "An inspection", path);
            _validator.Check(s, path);
            if (s.HeldOn > _asOf) { NoteAfterAsOf(s.Id, s.HeldOn); continue; }
            Inspections[(s.Body, s.Period)] = Inspections.GetValueOrDefault((s.Body, s.Period)) + 1;
        }

        foreach (var (o, list) in _byObligation)
        {
            if (list.Count > 1) list.Sort(DecisionOrder.Instance);
            if (o.IsReport && o.Route is { } route && RouteTable.Classify(route, o.RouteReceivers, list[0].Addressee, list[0].DeliveredTo) == RouteVerdict.Unknown)
            {
                Notes.Add(new ComplianceNote(NoteCodes.RouteUnknown,
                    new LocalizedText($"Báo cáo {list[0].EvidenceId}: không đủ thông tin (nơi gửi đến, nơi nhận) để xác định đường gửi.",
                        $"Report {list[0].EvidenceId}: not enough information (addressee, delivered to) to judge its route."),
                    list[0].EvidenceId));
            }
        }
    }

    private Submission SubmissionOf(ReceivedReport r)
    {
        var useSent = _model.Deadlines.Policy.Timeliness == TimelinessBasis.SentWhenKnown && r.SentAt is not null;
        var instant = useSent ? r.SentAt!.Value : r.ReceivedAt;
        return new Submission(r.Id, r.Body, r.OnBehalfOf, instant, r.ReceivedAt, VietnamTime.LocalDate(instant), r.Addressee, r.DeliveredTo, r.Replaces,
            r.TaskResults.Count == 0 ? [] : r.TaskResults.Select(t => t.TaskId).ToHashSet(StringComparer.Ordinal), r.DocumentNumber, r.DocumentDate);
    }

    private void NoteOutsidePeriods(string id, int y) =>
        Notes.Add(new ComplianceNote(NoteCodes.EvidenceOutsidePeriods,
            new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"Chứng cứ {id} thuộc kỳ {y}, ngoài các kỳ được xét ({_model.FirstYear}-{_model.LastYear}): không tính."),
                string.Create(CultureInfo.InvariantCulture, $"Evidence {id} is for period {y}, outside the periods covered ({_model.FirstYear}-{_model.LastYear}): left out.")),
            id));

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

    private void AddSubmission(Obligation obligation, Submission s, string path)
    {
        if (!_byObligation.TryGetValue(obligation, out var list)) _byObligation[obligation] = list = [];
        if (list.Count >= _model.Limits.MaxEvidencePerObligation)
        {
            // Every duplicate is a finding: this bounds what one obligation can make the report hold.
            throw new PlanRulesInputException(
                new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"Có hơn {_model.Limits.MaxEvidencePerObligation} chứng cứ ứng với nghĩa vụ '{obligation.Id}' (báo cáo đầu tiên, báo cáo thay thế và báo cáo trùng): vượt giới hạn ({ModelLimits.EvidencePerObligationSetting})."),
                string.Create(CultureInfo.InvariantCulture, $"More than {_model.Limits.MaxEvidencePerObligation} pieces of evidence answer obligation '{obligation.Id}' (its first report, replacements and duplicates): over the limit ({ModelLimits.EvidencePerObligationSetting}).")),
                jsonPath: path);
        }

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

    private void NoteWithoutObligation(string id, string kindVi, string kindEn, string? body) =>
        Notes.Add(new ComplianceNote(NoteCodes.EvidenceWithoutObligation,
            new LocalizedText($"Chứng cứ {id} ({kindVi}{(body is null ? null : " của " + body)}) không ứng với nghĩa vụ nào của Kế hoạch.",
                $"Evidence {id} ({kindEn}{(body is null ? null : " of " + body)}) answers no obligation of the plan."), id));

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
