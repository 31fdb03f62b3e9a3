using LaiChau.PlanRules;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace WebHost.Register;

/// <summary>
/// The register and its live <see cref="ComplianceMonitor"/>. Writes are serialized: a document is checked
/// against everything registered (a full evaluation, so an unknown body or a reused id is refused before
/// anything is written), committed, and only then applied to the monitor. The monitor is rebuilt from the
/// database on <see cref="Start"/>, so after a crash it equals a full evaluation of what was committed.
/// </summary>
internal sealed class DocumentRegister(
    DocumentStore store, IComplianceEvaluator evaluator, TimeProvider clock, ILogger<DocumentRegister> log) : IDisposable
{
    private readonly SemaphoreSlim _write = new(1, 1);
    private ComplianceMonitor? _monitor;
    private EvidenceSet _header = new();
    private long _version;

    /// <summary>Grows by one at every change the monitor sees (a write, a withdrawal, a new day): clients poll it.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The evaluator behind the monitor (the Office documents need its plan and catalog).</summary>
    public ComplianceEvaluator Evaluator => (ComplianceEvaluator)evaluator;

    /// <summary>The monitor; throws before <see cref="Start"/>.</summary>
    public ComplianceMonitor Monitor => _monitor ?? throw new InvalidOperationException("The register has not started.");

    /// <summary>Today in Vietnam, by the injected clock.</summary>
    public DateOnly Today => VietnamTime.LocalDate(clock.GetUtcNow());

    /// <summary>Creates or migrates the database, seeds it when empty, and builds the monitor from it.</summary>
    public void Start(EvidenceSet? seed)
    {
        store.Migrate();
        if (seed is not null && store.SeedIfEmpty(seed, clock.GetUtcNow()))
        {
            log.LogInformation("Seeded the empty register {Path} with {Documents} illustrative documents", store.Path, EvidenceParts.Items(seed).Count);
        }

        var evidence = store.Load();
        _header = EvidenceParts.Header(evidence);
        _monitor?.Dispose();
        _monitor = evaluator.CreateMonitor(evidence, Today);
        log.LogInformation("Monitor rebuilt from {Path}: {Documents} documents, as of {AsOf}, {Findings} findings",
            store.Path, EvidenceParts.Items(evidence).Count, _monitor.AsOf, _monitor.FindingIds.Count);
    }

    /// <summary>
    /// Registers the documents of an evidence JSON text (read by <see cref="EvidenceReader"/>, as a file is).
    /// Returns their ids after the commit.
    /// </summary>
    /// <exception cref="PlanRulesInputException">Malformed JSON, an unknown body, a reused id: nothing is written.</exception>
    public async Task<IReadOnlyList<string>> RegisterAsync(string json, CancellationToken ct)
    {
        var posted = EvidenceReader.Parse(json, "request.json");
        var items = EvidenceParts.Items(posted);
        if (items.Count == 0) throw new PlanRulesInputException("The evidence holds no document to register.", "request.json", "$");
        await _write.WaitAsync(ct);
        try
        {
            var current = Monitor.CurrentEvidence();
            var known = EvidenceParts.Items(current).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            // The posted documents come first, so an error located in the candidate names the request's own path.
            var candidate = EvidenceParts.Join(current, [.. items, .. EvidenceParts.Items(current)]);
            for (var i = 0; i < items.Count; i++)
            {
                if (known.Contains(items[i].Id))
                {
                    var path = EvidenceParts.PathOf(posted, items[i]) + ".id";
                    throw EvidenceReader.Locate(posted, new PlanRulesInputException($"The register already holds a document with id '{items[i].Id}'.", "request.json", path));
                }
            }

            try
            {
                evaluator.Evaluate(candidate, Monitor.AsOf, ct);
            }
            catch (PlanRulesInputException e)
            {
                throw EvidenceReader.Locate(posted, e).WithFileName("request.json");
            }

            store.Add(_header, items, clock.GetUtcNow());
            foreach (var item in items) Apply(item);
            Interlocked.Increment(ref _version);
            log.LogInformation("Registered {Ids}; {Findings} findings", string.Join(", ", items.Select(i => i.Id)), Monitor.FindingIds.Count);
            return items.Select(i => i.Id).ToList();
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Withdraws a document; false when the register has none of that id.</summary>
    public async Task<bool> WithdrawAsync(string id, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            var isRequest = Monitor.CurrentEvidence().Requests.Any(r => r.Id == id);
            if (!store.Remove(id)) return false;
            if (isRequest) Rebuild();
            else Monitor.Withdraw(id);
            Interlocked.Increment(ref _version);
            log.LogInformation("Withdrew {Id}; {Findings} findings", id, Monitor.FindingIds.Count);
            return true;
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Moves the monitor to today's Vietnam date when the day has changed; true when it moved.</summary>
    public bool AdvanceToToday()
    {
        var today = Today;
        if (today <= Monitor.AsOf) return false;
        Monitor.AdvanceTo(today);
        Interlocked.Increment(ref _version);
        log.LogInformation("The monitor moved to {AsOf}: {Findings} findings", today, Monitor.FindingIds.Count);
        return true;
    }

    /// <summary>The current report of the monitor.</summary>
    public ComplianceReport Snapshot() => Monitor.Snapshot();

    public void Dispose()
    {
        _monitor?.Dispose();
        _write.Dispose();
    }

    private void Apply(EvidenceItem item)
    {
        switch (item)
        {
            case ReceivedReport r: Monitor.AddReport(r); break;
            case ImplementationPlanIssued p: Monitor.AddImplementationPlan(p); break;
            case SynthesisSubmitted s: Monitor.AddSynthesis(s); break;
            case ReviewHeld r: Monitor.AddReview(r); break;
            case TaskProgress t: Monitor.AddTaskProgress(t); break;
            case StudyHeld s: Monitor.AddStudy(s); break;
            case InspectionHeld i: Monitor.AddInspection(i); break;
            default: Rebuild(); break; // a request changes the obligations themselves: the monitor starts again
        }
    }

    private void Rebuild()
    {
        var asOf = Monitor.AsOf;
        var evidence = store.Load();
        _monitor!.Dispose();
        _monitor = evaluator.CreateMonitor(evidence, asOf);
    }
}
