using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;
using NRules;
using NRules.Diagnostics;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// What a <see cref="ComplianceMonitor"/> runs behind its lock: one NRules session over the cases of the
/// obligation model, kept equal to a full evaluation of the evidence held (<see cref="EvidenceStore"/>) at the
/// as-of date. A change recomputes only the cases of the keys it touches: the keys of the evidence changed, or
/// those <see cref="DeadlineAgenda"/> says a date move crosses; <see cref="FindingsDiff"/> collects what the
/// change did to the findings. A change that fails leaves the state as it was. Not thread-safe.
/// </summary>
internal sealed class MonitorSession
{
    private readonly ISessionFactory _rules;
    private readonly EvidenceSet _base;
    private readonly Func<EvidenceSet, DateOnly, EvaluationContext> _contextFactory;
    private readonly EvidenceStore _store = new();
    private readonly DeadlineAgenda _agenda;
    private readonly FindingsDiff _diff = new();
    private readonly Dictionary<string, ObligationCase> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCase> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnexpectedSubmission> _unexpected = new(StringComparer.Ordinal);
    private EvaluationContext _ctx;
    private EvidenceKeys _keys;
    private ISession _session = null!;
    private EvaluationDate _evaluationDate = null!;

    public MonitorSession(EvaluationContext ctx, ISessionFactory rules, EvidenceSet evidence, DateOnly asOf, Func<EvidenceSet, DateOnly, EvaluationContext> contextFactory)
    {
        _ctx = ctx;
        _keys = new EvidenceKeys(ctx.Model, evidence.Requests);
        _rules = rules;
        _contextFactory = contextFactory;
        _base = evidence.WithHeldItems([]);
        _agenda = new DeadlineAgenda(evidence.Requests);
        AsOf = asOf;
        StartSession(evidence); // checks all the evidence, at its paths in the evidence set
        foreach (var item in evidence.HeldItems())
        {
            var keys = _keys.Of(item, item.KindName);
            _store.Add(item, keys);
            _agenda.AddEvidence(item, keys, asOf);
        }
    }

    public DateOnly AsOf { get; private set; }

    public IReadOnlyCollection<string> FindingIds => _diff.Current;

    /// <summary>Adds evidence.</summary>
    /// <exception cref="PlanRulesInputException">It is inconsistent; nothing changed.</exception>
    public void Add(EvidenceItem item)
    {
        var id = IdOf(item);
        if (_store.Contains(id)) throw new PlanRulesInputException(new LocalizedText($"Mã chứng cứ '{id}' bị dùng hai lần.", $"The evidence id '{id}' is used twice."), jsonPath: "id");
        var keys = Accept(item);
        _store.Add(item, keys);
        _agenda.AddEvidence(item, keys, AsOf);
        try
        {
            RefreshCore(keys);
        }
        catch
        {
            // The item failed a check that needs its siblings (a "replaces" to another period, say): undo.
            _store.Withdraw(id);
            RefreshCore(keys);
            _session.Fire(); // the facts are as before: firing settles what the failed refresh queued
            throw;
        }

        _session.Fire();
    }

    /// <summary>Replaces the evidence of the same id (adds it when there is none).</summary>
    /// <exception cref="PlanRulesInputException">It is inconsistent; nothing changed.</exception>
    public void Replace(EvidenceItem item)
    {
        var id = IdOf(item);
        if (!_store.Contains(id))
        {
            Add(item);
            return;
        }

        var keys = Accept(item);
        var (oldItem, oldKeys, position) = _store.Replace(item, keys);
        _agenda.AddEvidence(item, keys, AsOf);
        var touched = keys.Union(oldKeys, StringComparer.Ordinal).ToList();
        try
        {
            RefreshCore(touched);
        }
        catch
        {
            _store.Restore(oldItem, oldKeys, position);
            RefreshCore(touched);
            _session.Fire();
            throw;
        }

        _session.Fire();
    }

    /// <summary>Withdraws the evidence of an id; false when it is not held.</summary>
    /// <exception cref="InvalidOperationException">A report held replaces it.</exception>
    public bool Withdraw(string id)
    {
        if (!_store.Contains(id)) return false;
        if (_store.ReplacementOf(id) is { } dependant)
        {
            throw new InvalidOperationException($"Report '{dependant}' replaces '{id}': withdraw it first.");
        }

        var (_, keys) = _store.Withdraw(id)!.Value;
        RefreshCore(keys);
        _session.Fire();
        return true;
    }

    /// <summary>Moves the as-of date forward (a later date).</summary>
    /// <exception cref="PlanRulesInputException">A request that starts to count makes the evidence inconsistent (its due date falls outside the calendar, say); nothing changed.</exception>
    public void AdvanceTo(DateOnly asOf)
    {
        var old = AsOf;
        if (_agenda.RequestTakesEffect(old, asOf))
        {
            Rebuild(asOf);
            return;
        }

        AsOf = asOf;
        var keys = _agenda.Crossed(old, asOf);

        // Host rules that join the date fact see the new date; built-in rules do not join it.
        _session.Retract(_evaluationDate);
        _evaluationDate = new EvaluationDate(asOf);
        _session.Insert(_evaluationDate);
        RefreshCore(keys);
        _session.Fire();
    }

    /// <summary>The finding ids that appeared and disappeared since the last call; null when none did.</summary>
    public (IReadOnlyList<string> Added, IReadOnlyList<string> Removed)? TakeChanges() => _diff.Take();

    public ComplianceReport Snapshot()
    {
        var index = EvidenceIndex.Build(_ctx.Model, CurrentEvidence(), AsOf);
        return ReportBuilder.Build(_ctx, AsOf, _cases.Values, _session.Query<FindingFact>().ToList(), _session.Query<TaskStatusFact>().ToList(),
            index.Notes, index.Studies, index.Inspections);
    }

    public EvidenceSet CurrentEvidence() => _base.WithHeldItems(_store.Items) with { AsOf = AsOf };

    /// <summary>Lets go of the cases (the monitor is disposed).</summary>
    public void Clear()
    {
        _cases.Clear();
        _tasks.Clear();
    }

    private static string IdOf(EvidenceItem item)
    {
        if (item is ReportRequest)
        {
            throw new ArgumentException("A request is part of the evidence a monitor starts from: start a new monitor to change the requests.", nameof(item));
        }

        return item.Id ?? throw new PlanRulesInputException(new LocalizedText("Mã chứng cứ để trống.", "The evidence id is empty."), jsonPath: "id");
    }

    /// <summary>Checks a new piece of evidence against the plan, the catalog and the requests, and gives its keys.</summary>
    private string[] Accept(EvidenceItem item)
    {
        var validator = new EvidenceValidator(_ctx.Plan, _ctx.Catalog, _ctx.Policy);
        validator.ReserveIds(_base.Requests);
        validator.Check(item, item.KindName);
        return _keys.Of(item, item.KindName);
    }

    /// <summary>Recomputes the facts of the given keys from the evidence held for them and updates the session.</summary>
    private void RefreshCore(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            // Most keys a date move touches hold no evidence: no index to build for them.
            var items = _store.ForKey(key);
            var index = items is not null ? EvidenceIndex.Build(_ctx.Model, _base.WithHeldItems(items), AsOf) : null;
            if (_cases.TryGetValue(key, out var oldCase))
            {
                var updated = new ObligationCase(oldCase.Obligation, AsOf, index is null ? [] : index.SubmissionsOf(oldCase.Obligation));
                _cases[key] = updated;
                _session.Update(updated);
            }
            else if (_tasks.TryGetValue(key, out var oldTask))
            {
                var updated = (index ?? EvidenceIndex.Empty(_ctx.Model, AsOf)).CaseFor(oldTask.Task, AsOf);
                _tasks[key] = updated;
                _session.Update(updated);
                _agenda.AddTask(updated, AsOf);
            }
            else if (EvidenceKeys.IsUnexpected(key))
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

    private void StartSession(EvidenceSet evidence, EvidenceIndex? built = null)
    {
        var index = built ?? EvidenceIndex.Build(_ctx.Model, evidence, AsOf);
        var (cases, tasks) = CaseFactory.Build(_ctx.Model, index, AsOf);
        _cases.Clear();
        _tasks.Clear();
        _unexpected.Clear();
        _cases.EnsureCapacity(cases.Count);
        foreach (var c in cases) _cases[c.Obligation.Id] = c;
        foreach (var t in tasks)
        {
            _tasks[t.Task.Id] = t;
            _agenda.AddTask(t, AsOf);
        }

        foreach (var u in index.Unexpected) _unexpected[EvidenceKeys.Unexpected(u.Submission.EvidenceId)] = u;
        _agenda.SetObligations(_ctx.Model.Obligations);

        _session = _rules.CreateSession();
        _session.Events.FactInsertedEvent += OnInserted;
        _session.Events.FactRetractedEvent += OnRetracted;
        _evaluationDate = new EvaluationDate(AsOf);
        var facts = new List<object>(cases.Count + tasks.Count + _unexpected.Count + 1) { _evaluationDate };
        facts.AddRange(cases);
        facts.AddRange(tasks);
        facts.AddRange(_unexpected.Values);
        SessionRun.Insert(_session, facts);
        _session.Fire();
        _diff.Discard();
    }

    /// <summary>
    /// A request started to count: the obligations change, so the model, the keys and the session are built anew.
    /// Everything that can fail (the model, every piece's keys, the index's checks) is done before anything is
    /// replaced, so a failure leaves the monitor as it was.
    /// </summary>
    private void Rebuild(DateOnly asOf)
    {
        var evidence = CurrentEvidence() with { AsOf = asOf };
        var ctx = _contextFactory(evidence, asOf);
        var keys = new EvidenceKeys(ctx.Model, _base.Requests);
        var rekeyed = new Dictionary<EvidenceItem, string[]>(ReferenceEqualityComparer.Instance);
        foreach (var item in _store.Items) rekeyed[item] = keys.Of(item, item.KindName);
        var index = EvidenceIndex.Build(ctx.Model, evidence, asOf);

        AsOf = asOf;
        _ctx = ctx;
        _keys = keys;
        _store.Rekey(item => rekeyed[item]);
        var before = _diff.Restart();
        StartSession(evidence, index);
        _diff.Since(before);
    }

    private void OnInserted(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Value is FindingFact f) _diff.Inserted(f.Id);
    }

    private void OnRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Value is FindingFact f) _diff.Retracted(f.Id);
    }
}
