using System.Diagnostics;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using NRules;

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
    private readonly MonitorSession _state;
    private long _applied;
    private bool _disposed;

    internal ComplianceMonitor(EvaluationContext ctx, ISessionFactory rules, EvidenceSet evidence, DateOnly asOf, Func<EvidenceSet, DateOnly, EvaluationContext> contextFactory)
    {
        _state = new MonitorSession(ctx, rules, evidence, asOf, contextFactory);
    }

    /// <summary>Raised after each change with the finding ids that appeared and disappeared (not raised when none did).</summary>
    public event EventHandler<FindingsChangedEventArgs>? FindingsChanged;

    /// <summary>The current as-of date.</summary>
    public DateOnly AsOf
    {
        get { lock (_gate) return _state.AsOf; }
    }

    /// <summary>How many changes (additions, replacements, withdrawals, date moves) have been applied.</summary>
    public long AppliedChanges
    {
        get { lock (_gate) return _applied; }
    }

    /// <summary>The ids of the current findings, sorted (ordinal).</summary>
    public IReadOnlyList<string> FindingIds
    {
        get
        {
            lock (_gate) return _state.FindingIds.Order(StringComparer.Ordinal).ToList();
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
        var started = Stopwatch.GetTimestamp();
        using var activity = PlanRulesTelemetry.StartMonitorUpdate("withdraw");
        lock (_gate)
        {
            ThrowIfDisposed();
            if (!_state.Withdraw(evidenceId)) return false;
            _applied++;
            Raise();
            PlanRulesTelemetry.MonitorUpdated(activity, "withdraw", started, _state.FindingIds.Count);
            return true;
        }
    }

    /// <summary>
    /// Replaces a piece of evidence with a corrected one of the same id (of any kind but a request), in one change;
    /// adds it when no evidence has that id.
    /// </summary>
    /// <param name="item">The corrected evidence: a report, plan, synthesis, review, task progress, study or inspection.</param>
    /// <exception cref="PlanRulesInputException">The item is inconsistent; the monitor keeps the evidence it replaced.</exception>
    /// <exception cref="ArgumentException">The item is a <see cref="ReportRequest"/>: requests are fixed when the monitor starts.</exception>
    public void Replace(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var started = Stopwatch.GetTimestamp();
        using var activity = PlanRulesTelemetry.StartMonitorUpdate("replace");
        lock (_gate)
        {
            ThrowIfDisposed();
            _state.Replace(item);
            _applied++;
            Raise();
            PlanRulesTelemetry.MonitorUpdated(activity, "replace", started, _state.FindingIds.Count);
        }
    }

    /// <summary>
    /// Moves the as-of date forward. Only cases whose thresholds (reminder start, the day after a due date,
    /// the date of evidence held back) fall in the crossed days are re-evaluated.
    /// </summary>
    /// <param name="asOf">The new date; not before the current one.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the current one, or after the last day the working-day calendar covers (31/12/2199).</exception>
    /// <exception cref="PlanRulesInputException">A request that starts to count by the new date makes the evidence inconsistent (a due date outside the calendar, say); the monitor is left as it was, at its old date.</exception>
    /// <exception cref="ObjectDisposedException">The monitor is disposed.</exception>
    public void AdvanceTo(DateOnly asOf)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = PlanRulesTelemetry.StartMonitorUpdate("advance");
        lock (_gate)
        {
            ThrowIfDisposed();
            if (asOf < _state.AsOf) throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "A monitor only moves forward: start a new one to look back.");
            if (asOf > VietnameseLunarCalendar.MaxSupportedDate) throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "The working-day calendar ends on 2199-12-31.");
            if (asOf == _state.AsOf) return;
            _state.AdvanceTo(asOf); // throws before changing anything
            _applied++;
            Raise();
            PlanRulesTelemetry.MonitorUpdated(activity, "advance", started, _state.FindingIds.Count);
        }
    }

    /// <summary>A full report of the current state, as <see cref="IComplianceEvaluator.Evaluate"/> would give it.</summary>
    /// <returns>The report.</returns>
    public ComplianceReport Snapshot()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return _state.Snapshot();
        }
    }

    /// <summary>The evidence the monitor holds now, as an evidence set (for a full evaluation or to save).</summary>
    /// <returns>The evidence.</returns>
    public EvidenceSet CurrentEvidence()
    {
        lock (_gate) return _state.CurrentEvidence();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _state.Clear();
        }
    }

    private void Add(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var started = Stopwatch.GetTimestamp();
        using var activity = PlanRulesTelemetry.StartMonitorUpdate("add");
        lock (_gate)
        {
            ThrowIfDisposed();
            _state.Add(item);
            _applied++;
            Raise();
            PlanRulesTelemetry.MonitorUpdated(activity, "add", started, _state.FindingIds.Count);
        }
    }

    private void Raise()
    {
        if (_state.TakeChanges() is { } change)
        {
            FindingsChanged?.Invoke(this, new FindingsChangedEventArgs(change.Added, change.Removed, _state.AsOf));
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
