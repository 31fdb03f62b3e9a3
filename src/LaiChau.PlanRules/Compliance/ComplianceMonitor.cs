using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;
using NRules;
using NRules.Diagnostics;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// A long-lived evaluation over one NRules session: the host adds and withdraws evidence and advances the
/// as-of date; the monitor updates only the cases a change touches, raises <see cref="FindingsChanged"/>
/// with the finding ids that appeared and disappeared, and answers <see cref="Snapshot"/> at any time.
/// Its findings always equal a full evaluation of the same evidence at the same date.
/// Thread-safe: every member serializes access (NRules sessions are not thread-safe); event handlers run
/// on the calling thread, inside the monitor's lock.
/// </summary>
public sealed class ComplianceMonitor : IDisposable
{
    private readonly object _gate = new();
    private readonly ISessionFactory _rules;
    private readonly EvidenceSet _base;
    private readonly Func<EvidenceSet, DateOnly, EvaluationContext> _contextFactory;
    private readonly Dictionary<string, List<object>> _itemsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (object Item, string[] Keys)> _items = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, ObligationCase> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCase> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnexpectedSubmission> _unexpected = new(StringComparer.Ordinal);
    private readonly HashSet<string> _findings = new(StringComparer.Ordinal);
    private readonly SortedSet<(int Day, string Key)> _dynamicThresholds = new();
    private readonly List<string> _added = [];
    private readonly List<string> _removed = [];
    private EvaluationContext _ctx;
    private ISession _session = null!;
    private (int Day, int Index)[] _staticThresholds = [];
    private List<Obligation> _obligations = [];
    private DateOnly _asOf;
    private EvaluationDate _evaluationDate = null!;
    private long _applied;
    private bool _disposed;

    internal ComplianceMonitor(EvaluationContext ctx, ISessionFactory rules, EvidenceSet evidence, DateOnly asOf, Func<EvidenceSet, DateOnly, EvaluationContext> contextFactory)
    {
        _ctx = ctx;
        _contextFactory = contextFactory;
        _rules = rules;
        _base = evidence with
        {
            Reports = [], ImplementationPlans = [], Syntheses = [], Reviews = [], TaskProgress = [], Studies = [], Inspections = [],
        };
        _asOf = asOf;
        foreach (var item in Items(evidence))
        {
            Store(item);
        }

        StartSession();
    }

    /// <summary>Raised after each change with the finding ids that appeared and disappeared (not raised when none did).</summary>
    public event EventHandler<FindingsChangedEventArgs>? FindingsChanged;

    /// <summary>The current as-of date.</summary>
    public DateOnly AsOf
    {
        get { lock (_gate) return _asOf; }
    }

    /// <summary>How many changes (additions, withdrawals, date moves) have been applied.</summary>
    public long AppliedChanges
    {
        get { lock (_gate) return _applied; }
    }

    /// <summary>The ids of the current findings, sorted (ordinal).</summary>
    public IReadOnlyList<string> FindingIds
    {
        get
        {
            lock (_gate) return _findings.Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Adds a received report.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="PlanRulesInputException">The report is inconsistent (unknown ids, a reused evidence id, ...).</exception>
    public void AddReport(ReceivedReport report) => Add(report);

    /// <summary>Adds an implementation plan issued.</summary>
    /// <param name="plan">The implementation plan.</param>
    public void AddImplementationPlan(ImplementationPlanIssued plan) => Add(plan);

    /// <summary>Adds a synthesis submitted by Sở Nội vụ.</summary>
    /// <param name="synthesis">The synthesis.</param>
    public void AddSynthesis(SynthesisSubmitted synthesis) => Add(synthesis);

    /// <summary>Adds a review held.</summary>
    /// <param name="review">The review.</param>
    public void AddReview(ReviewHeld review) => Add(review);

    /// <summary>Adds task progress.</summary>
    /// <param name="progress">The progress entry.</param>
    public void AddTaskProgress(TaskProgress progress) => Add(progress);

    /// <summary>Adds a study session (recorded, never judged).</summary>
    /// <param name="study">The study.</param>
    public void AddStudy(StudyHeld study) => Add(study);

    /// <summary>Adds an inspection (recorded, never judged).</summary>
    /// <param name="inspection">The inspection.</param>
    public void AddInspection(InspectionHeld inspection) => Add(inspection);

    /// <summary>Withdraws a piece of evidence by id (entered by mistake, or to be replaced).</summary>
    /// <param name="evidenceId">The evidence id.</param>
    /// <returns>True when it was there.</returns>
    /// <exception cref="InvalidOperationException">Another report names it in <c>replaces</c>: withdraw that one first.</exception>
    public bool Withdraw(string evidenceId)
    {
        ArgumentNullException.ThrowIfNull(evidenceId);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (!_items.TryGetValue(evidenceId, out var entry)) return false;
            var dependant = _items.Values.Select(v => v.Item).OfType<ReceivedReport>().FirstOrDefault(r => r.Replaces == evidenceId);
            if (dependant is not null)
            {
                throw new InvalidOperationException($"Report '{dependant.Id}' replaces '{evidenceId}': withdraw it first.");
            }

            _items.Remove(evidenceId);
            _order.Remove(evidenceId);
            foreach (var key in entry.Keys)
            {
                _itemsByKey[key].Remove(entry.Item);
            }

            _applied++;
            Refresh(entry.Keys);
            return true;
        }
    }

    /// <summary>Replaces a piece of evidence with a corrected one of the same id.</summary>
    /// <param name="item">The corrected evidence (a report, plan, synthesis, review, task progress, study or inspection).</param>
    public void Replace(object item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            var id = IdOf(item);
            if (_items.TryGetValue(id, out var old))
            {
                _items.Remove(id);
                _order.Remove(id);
                foreach (var key in old.Keys) _itemsByKey[key].Remove(old.Item);
                try
                {
                    Add(item);
                }
                catch
                {
                    StoreEntry(id, old.Item, old.Keys);
                    throw;
                }

                Refresh(old.Keys);
            }
            else
            {
                Add(item);
            }
        }
    }

    /// <summary>
    /// Moves the as-of date forward. Only cases whose thresholds (reminder start, the day after a due date,
    /// the date of evidence held back) fall in the crossed days are re-evaluated.
    /// </summary>
    /// <param name="asOf">The new date; not before the current one.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the current one.</exception>
    public void AdvanceTo(DateOnly asOf)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            if (asOf < _asOf) throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "A monitor only moves forward: start a new one to look back.");
            if (asOf == _asOf) return;
            var old = _asOf;
            _asOf = asOf;
            _applied++;
            if (_base.Requests.Any(r => r is not null && r.DocumentDate is { } d && d > old && d <= asOf))
            {
                Rebuild();
                return;
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            var from = old.DayNumber + 1;
            var to = asOf.DayNumber;
            var i = LowerBound(_staticThresholds, from);
            for (; i < _staticThresholds.Length && _staticThresholds[i].Day <= to; i++)
            {
                keys.Add(_obligations[_staticThresholds[i].Index].Id);
            }

            foreach (var (_, key) in _dynamicThresholds.GetViewBetween((from, string.Empty), (to, "\uffff")).ToList())
            {
                keys.Add(key);
            }

            // Host rules that join the date fact see the new date; built-in rules do not join it.
            _session.Retract(_evaluationDate);
            _evaluationDate = new EvaluationDate(asOf);
            _session.Insert(_evaluationDate);
            RefreshCore(keys);
            Fire();
        }
    }

    /// <summary>A full report of the current state, as <see cref="IComplianceEvaluator.Evaluate"/> would give it.</summary>
    /// <returns>The report.</returns>
    public ComplianceReport Snapshot()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            var evidence = CurrentEvidence();
            var index = EvidenceIndex.Build(_ctx.Model, evidence, _asOf);
            return ReportBuilder.Build(_ctx, _asOf, _cases, _session.Query<FindingFact>().ToList(), _session.Query<TaskStatusFact>().ToList(),
                index.Notes, index.Studies, index.Inspections);
        }
    }

    /// <summary>The evidence the monitor holds now, as an evidence set (for a full evaluation or to save).</summary>
    /// <returns>The evidence.</returns>
    public EvidenceSet CurrentEvidence()
    {
        lock (_gate)
        {
            var items = _order.Select(id => _items[id].Item).ToList();
            return _base with
            {
                AsOf = _asOf,
                Reports = items.OfType<ReceivedReport>().ToList(),
                ImplementationPlans = items.OfType<ImplementationPlanIssued>().ToList(),
                Syntheses = items.OfType<SynthesisSubmitted>().ToList(),
                Reviews = items.OfType<ReviewHeld>().ToList(),
                TaskProgress = items.OfType<TaskProgress>().ToList(),
                Studies = items.OfType<StudyHeld>().ToList(),
                Inspections = items.OfType<InspectionHeld>().ToList(),
            };
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _cases.Clear();
            _tasks.Clear();
        }
    }

    private void Add(object item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            ThrowIfDisposed();
            var keys = Store(item);
            try
            {
                RefreshCore(keys);
            }
            catch
            {
                // The item failed a check that needs its siblings (a "replaces" to another period, say): undo.
                var id = IdOf(item);
                _items.Remove(id);
                _order.Remove(id);
                foreach (var key in keys) _itemsByKey[key].Remove(item);
                RefreshCore(keys);
                throw;
            }

            _applied++;
            Fire();
        }
    }

    private string[] Store(object item)
    {
        var id = IdOf(item);
        if (_items.ContainsKey(id))
        {
            throw new PlanRulesInputException($"The evidence id '{id}' is used twice.", jsonPath: "id");
        }

        var keys = KeysOf(item);
        StoreEntry(id, item, keys);
        foreach (var day in DatesOf(item))
        {
            if (day > _asOf)
            {
                foreach (var key in keys) _dynamicThresholds.Add((day.DayNumber, key));
            }
        }

        return keys;
    }

    private void StoreEntry(string id, object item, string[] keys)
    {
        _items[id] = (item, keys);
        _order.Add(id);
        foreach (var key in keys)
        {
            if (!_itemsByKey.TryGetValue(key, out var list)) _itemsByKey[key] = list = [];
            list.Add(item);
        }
    }

    private void Refresh(IEnumerable<string> keys)
    {
        RefreshCore(keys);
        Fire();
    }

    /// <summary>Recomputes the facts of the given keys from the evidence held for them and updates the session.</summary>
    private void RefreshCore(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            // Most keys a date move touches hold no evidence: no index to build for them.
            var items = _itemsByKey.GetValueOrDefault(key);
            var index = items is { Count: > 0 } ? EvidenceIndex.Build(_ctx.Model, Only(items), _asOf) : null;
            if (_cases.TryGetValue(key, out var oldCase))
            {
                IReadOnlyList<Submission> subs = index is not null && index.ByObligation.TryGetValue(key, out var list) ? list : [];
                var updated = new ObligationCase(oldCase.Obligation, _asOf, subs);
                _cases[key] = updated;
                _session.Update(updated);
            }
            else if (_tasks.TryGetValue(key, out var oldTask))
            {
                var updated = (index ?? EvidenceIndex.Empty(_ctx.Model, _asOf)).CaseFor(oldTask.Task, _asOf);
                _tasks[key] = updated;
                _session.Update(updated);
                AddTaskThresholds(updated);
            }
            else if (key.StartsWith("unexpected:", StringComparison.Ordinal))
            {
                var now = index?.Unexpected.FirstOrDefault();
                if (_unexpected.Remove(key, out var was)) _session.Retract(was);
                if (now is not null)
                {
                    _unexpected[key] = now;
                    _session.Insert(now);
                }
            }
        }
    }

    /// <summary>The monitor's base evidence holding only <paramref name="items"/> (studies and inspections are never keyed).</summary>
    private EvidenceSet Only(List<object> items)
    {
        List<ReceivedReport>? reports = null;
        List<ImplementationPlanIssued>? plans = null;
        List<SynthesisSubmitted>? syntheses = null;
        List<ReviewHeld>? reviews = null;
        List<TaskProgress>? progress = null;
        foreach (var item in items)
        {
            switch (item)
            {
                case ReceivedReport r: (reports ??= []).Add(r); break;
                case ImplementationPlanIssued p: (plans ??= []).Add(p); break;
                case SynthesisSubmitted s: (syntheses ??= []).Add(s); break;
                case ReviewHeld v: (reviews ??= []).Add(v); break;
                case TaskProgress t: (progress ??= []).Add(t); break;
                default: break;
            }
        }

        return _base with
        {
            Reports = reports ?? [],
            ImplementationPlans = plans ?? [],
            Syntheses = syntheses ?? [],
            Reviews = reviews ?? [],
            TaskProgress = progress ?? [],
            Studies = [],
            Inspections = [],
        };
    }

    private void StartSession()
    {
        var index = EvidenceIndex.Build(_ctx.Model, CurrentEvidence(), _asOf);
        var (cases, tasks) = CaseFactory.Build(_ctx.Model, index, _asOf);
        _cases.Clear();
        _tasks.Clear();
        _unexpected.Clear();
        foreach (var (k, v) in cases) _cases[k] = v;
        foreach (var t in tasks)
        {
            _tasks[t.Task.Id] = t;
            AddTaskThresholds(t);
        }

        foreach (var u in index.Unexpected) _unexpected["unexpected:" + u.Submission.EvidenceId] = u;
        _obligations = _ctx.Model.Obligations;
        var thresholds = new List<(int Day, int Index)>(_obligations.Count * 2);
        for (var i = 0; i < _obligations.Count; i++)
        {
            var o = _obligations[i];
            if (o.RemindFrom is { } r) thresholds.Add((r.DayNumber, i));
            if (o.DueOn is { } d) thresholds.Add((d.DayNumber + 1, i));
        }

        thresholds.Sort();
        _staticThresholds = [.. thresholds];

        _session = _rules.CreateSession();
        _session.Events.FactInsertedEvent += OnInserted;
        _session.Events.FactRetractedEvent += OnRetracted;
        _evaluationDate = new EvaluationDate(_asOf);
        var facts = new List<object>(cases.Count + tasks.Count + _unexpected.Count + 1) { _evaluationDate };
        facts.AddRange(cases.Values);
        facts.AddRange(tasks);
        facts.AddRange(_unexpected.Values);
        _session.InsertAll(facts);
        _session.Fire();
        _added.Clear();
        _removed.Clear();
    }

    private void Rebuild()
    {
        var before = _findings.ToHashSet(StringComparer.Ordinal);
        _ctx = _contextFactory(CurrentEvidence(), _asOf);
        _findings.Clear();
        StartSession();
        _added.AddRange(_findings.Where(f => !before.Contains(f)));
        _removed.AddRange(before.Where(f => !_findings.Contains(f)));
        Raise();
    }

    private void AddTaskThresholds(TaskCase t)
    {
        foreach (var d in new[] { t.JudgedDueOn, t.EffectiveDueOn })
        {
            if (d is { } due && due >= _asOf) _dynamicThresholds.Add((due.DayNumber + 1, t.Task.Id));
        }
    }

    private void Fire()
    {
        _session.Fire();
        Raise();
    }

    private void Raise()
    {
        // A finding retracted and re-inserted within one change is neither added nor removed.
        // Sets, not list scans: a date move can touch every obligation of a period at once.
        if (_added.Count + _removed.Count == 0) return;
        var addedSet = new HashSet<string>(_added, StringComparer.Ordinal);
        var removedSet = new HashSet<string>(_removed, StringComparer.Ordinal);
        var added = addedSet.Where(id => !removedSet.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var removed = removedSet.Where(id => !addedSet.Contains(id)).Order(StringComparer.Ordinal).ToList();
        _added.Clear();
        _removed.Clear();
        if (added.Count + removed.Count > 0)
        {
            FindingsChanged?.Invoke(this, new FindingsChangedEventArgs(added, removed, _asOf));
        }
    }

    private void OnInserted(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Value is FindingFact f && _findings.Add(f.Id)) _added.Add(f.Id);
    }

    private void OnRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Value is FindingFact f && _findings.Remove(f.Id)) _removed.Add(f.Id);
    }

    private string[] KeysOf(object item)
    {
        var model = _ctx.Model;
        // The requests were checked when the monitor started: a probe needs no index of its own evidence.
        var probe = EvidenceIndex.Empty(model, DateOnly.MaxValue);
        switch (item)
        {
            case ReceivedReport r:
                var (obligation, _, _) = probe.Classify(r, "report", _base.Requests);
                return [obligation?.Id ?? "unexpected:" + r.Id];
            case ImplementationPlanIssued p:
                var single = EvidenceIndex.Build(model, _base with { ImplementationPlans = [p], Requests = _base.Requests }, DateOnly.MaxValue);
                return single.ByObligation.Keys.ToArray();
            case SynthesisSubmitted s:
                return EvidenceIndex.Build(model, _base with { Syntheses = [s] }, DateOnly.MaxValue).ByObligation.Keys.ToArray();
            case ReviewHeld v:
                return EvidenceIndex.Build(model, _base with { Reviews = [v] }, DateOnly.MaxValue).ByObligation.Keys.ToArray();
            case TaskProgress t:
                probe.IndexProgress(t, "taskProgress");
                return probe.ProgressByTask.Keys.ToArray();
            case StudyHeld or InspectionHeld:
                EvidenceIndex.Build(model, _base with { Studies = item is StudyHeld sh ? [sh] : [], Inspections = item is InspectionHeld ih ? [ih] : [] }, DateOnly.MaxValue);
                return [];
            default:
                throw new ArgumentException($"{item.GetType().Name} is not a kind of evidence.", nameof(item));
        }
    }

    private static IEnumerable<DateOnly> DatesOf(object item) => item switch
    {
        ReceivedReport r => [VietnamTime.LocalDate(r.ReceivedAt)],
        ImplementationPlanIssued p => [p.IssuedOn],
        SynthesisSubmitted s => [VietnamTime.LocalDate(s.SubmittedAt)],
        ReviewHeld v => [v.HeldOn],
        TaskProgress t => t.Extensions.Where(x => x?.GrantedOn is not null).Select(x => x.GrantedOn!.Value).Concat(t.CompletedOn is { } c ? [c] : []),
        StudyHeld s => [s.HeldOn],
        InspectionHeld i => [i.HeldOn],
        _ => [],
    };

    private static string IdOf(object item) => item switch
    {
        ReceivedReport r => r.Id,
        ImplementationPlanIssued p => p.Id,
        SynthesisSubmitted s => s.Id,
        ReviewHeld v => v.Id,
        TaskProgress t => t.Id,
        StudyHeld s => s.Id,
        InspectionHeld i => i.Id,
        _ => throw new ArgumentException($"{item.GetType().Name} is not a kind of evidence.", nameof(item)),
    } ?? throw new PlanRulesInputException("The evidence id is empty.", jsonPath: "id");

    private static IEnumerable<object> Items(EvidenceSet e) =>
        e.Reports.Cast<object>().Concat(e.ImplementationPlans).Concat(e.Syntheses).Concat(e.Reviews).Concat(e.TaskProgress).Concat(e.Studies).Concat(e.Inspections);

    private static int LowerBound((int Day, int Index)[] a, int day)
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (a[mid].Day < day) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
