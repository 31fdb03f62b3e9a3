using System.Diagnostics;
using System.Globalization;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NRules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// The compliance evaluator: instantiates the plan's obligations, indexes the evidence by obligation,
/// runs the NRules rules in a fresh session and builds the report. Thread-safe; create one and share
/// it (DI registers it as a singleton).
/// </summary>
public sealed class ComplianceEvaluator : IComplianceEvaluator
{
    private readonly PlanRulesOptions _options;
    private readonly ILogger _logger;
    private readonly Lazy<(PlanDocument Plan, BodyCatalog Catalog, WorkingDayCalendar Calendar, ISessionFactory Rules)> _base;

    /// <summary>Creates the evaluator from options (the DI constructor). Options are validated here.</summary>
    /// <param name="options">The options.</param>
    /// <param name="logger">A logger, if any.</param>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public ComplianceEvaluator(IOptions<PlanRulesOptions> options, ILogger<ComplianceEvaluator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value?.Snapshot() ?? throw new ArgumentException("The options value is null.", nameof(options));
        var problems = _options.Validate();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PlanRulesOptions), problems);
        }

        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _base = new Lazy<(PlanDocument, BodyCatalog, WorkingDayCalendar, ISessionFactory)>(LoadBase, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates an evaluator without dependency injection.</summary>
    /// <param name="configure">Configures the options, if given.</param>
    /// <param name="logger">A logger, if any.</param>
    /// <returns>The evaluator.</returns>
    public static ComplianceEvaluator Create(Action<PlanRulesOptions>? configure = null, ILogger<ComplianceEvaluator>? logger = null)
    {
        var options = new PlanRulesOptions();
        configure?.Invoke(options);
        return new ComplianceEvaluator(Options.Create(options), logger);
    }

    /// <summary>The plan used when the evidence overrides nothing (loads it on first use).</summary>
    public PlanDocument Plan => _base.Value.Plan;

    /// <summary>The body catalog (loads it on first use).</summary>
    public BodyCatalog Catalog => _base.Value.Catalog;

    /// <summary>The working-day calendar, with the configured overrides (loads it on first use).</summary>
    public WorkingDayCalendar Calendar => _base.Value.Calendar;

    /// <summary>Loads the plan, the catalog and the calendar and compiles the rules now rather than on the first evaluation.</summary>
    public void Warm() => _ = _base.Value;

    /// <inheritdoc />
    public ComplianceReport Evaluate(EvidenceSet evidence, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        try
        {
            return EvaluateCore(evidence, asOf, cancellationToken);
        }
        catch (PlanRulesInputException e)
        {
            throw EvidenceReader.Locate(evidence, e);
        }
    }

    private ComplianceReport EvaluateCore(EvidenceSet evidence, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? evidence.AsOf ?? throw new ArgumentException("An as-of date is required: pass one or set EvidenceSet.AsOf.", nameof(asOf));
        var stopwatch = Stopwatch.StartNew();
        using var activity = PlanRulesTelemetry.StartEvaluation();
        var ctx = CreateContext(evidence, date);
        cancellationToken.ThrowIfCancellationRequested();
        var index = EvidenceIndex.Build(ctx.Model, evidence, date);
        var (cases, tasks) = CaseFactory.Build(ctx.Model, index, date);
        cancellationToken.ThrowIfCancellationRequested();

        var (findings, statuses) = RunSessions(cases, tasks, index.Unexpected, date, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var report = ReportBuilder.Build(ctx, date, cases, findings, statuses, index.Notes, index.Studies, index.Inspections);
        _logger.LogInformation(
            "Evaluated plan {PlanId} as of {AsOf}: {Obligations} obligations, {Tasks} task instances, {Findings} findings in {Elapsed} ms.",
            ctx.Plan.Id, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cases.Count, tasks.Count, report.Findings.Count, stopwatch.ElapsedMilliseconds);
        PlanRulesTelemetry.Evaluated(activity, ctx.Plan.Id, date, cases.Count, report, stopwatch.Elapsed);
        return report;
    }

    /// <summary>Below this many facts per session, another session costs more than it saves.</summary>
    internal const int MinFactsPerPartition = 20_000;

    /// <summary>
    /// Inserts the facts and fires the rules: in one session, or in <see cref="PlanRulesOptions.Partitions"/> sessions
    /// in parallel, each holding every fact of a share of the bodies (by a stable hash of the body id) and the date.
    /// The conclusions are the same sets either way; the report builder orders them totally.
    /// </summary>
    internal (List<FindingFact> Findings, List<TaskStatusFact> Statuses) RunSessions(
        IEnumerable<ObligationCase> cases, IReadOnlyList<TaskCase> tasks, IReadOnlyList<UnexpectedSubmission> unexpected, DateOnly date, CancellationToken cancellationToken)
    {
        var caseList = cases as IReadOnlyCollection<ObligationCase> ?? cases.ToList();
        var total = caseList.Count + tasks.Count + unexpected.Count;
        var k = _options.Partitions
            ?? (_options.RuleTypes.Count > 0 ? 1 : Math.Clamp(total / MinFactsPerPartition, 1, Environment.ProcessorCount));
        var groups = new List<object>[k];
        for (var i = 0; i < k; i++) groups[i] = new List<object>(total / k + 1) { new EvaluationDate(date) };
        foreach (var c in caseList) groups[Partition(c.Obligation.BodyId, k)].Add(c);
        foreach (var t in tasks) groups[Partition(t.Task.BodyId, k)].Add(t);
        foreach (var u in unexpected) groups[Partition(u.Submission.SenderBodyId, k)].Add(u);

        var results = new (List<FindingFact> Findings, List<TaskStatusFact> Statuses)[k];
        void Run(int i)
        {
            var session = SessionRun.Create(_base.Value.Rules);
            SessionRun.Insert(session, groups[i]);
            SessionRun.Fire(session, cancellationToken);
            results[i] = (session.Query<FindingFact>().ToList(), session.Query<TaskStatusFact>().ToList());
        }

        if (k == 1)
        {
            Run(0);
        }
        else
        {
            try
            {
                Parallel.For(0, k, new ParallelOptions { MaxDegreeOfParallelism = k, CancellationToken = cancellationToken }, Run);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // The same exception a single session would have thrown (the first partition's), not a wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }

        return k == 1 ? results[0] : ([.. results.SelectMany(r => r.Findings)], [.. results.SelectMany(r => r.Statuses)]);
    }

    // FNV-1a over the id's characters: the same partition on every run and machine (string.GetHashCode is randomised).
    private static int Partition(string bodyId, int k)
    {
        if (k == 1) return 0;
        var h = 2166136261u;
        foreach (var ch in bodyId) h = (h ^ ch) * 16777619u;
        return (int)(h % (uint)k);
    }

    /// <inheritdoc />
    public FindingExplanation? Explain(ComplianceReport report, string findingIdOrCode)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(findingIdOrCode);
        var finding = report.FindFinding(findingIdOrCode)
            ?? report.Findings.FirstOrDefault(f => string.Equals(f.Code, findingIdOrCode, StringComparison.OrdinalIgnoreCase));
        return finding is null ? null : FindingExplanation.Create(report, finding);
    }

    /// <inheritdoc />
    public ComplianceMonitor CreateMonitor(EvidenceSet evidence, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var date = asOf ?? evidence.AsOf ?? throw new ArgumentException("An as-of date is required: pass one or set EvidenceSet.AsOf.", nameof(asOf));
        try
        {
            var ctx = CreateContext(evidence, date);
            return new ComplianceMonitor(ctx, _base.Value.Rules, evidence, date, CreateContext);
        }
        catch (PlanRulesInputException e)
        {
            throw EvidenceReader.Locate(evidence, e);
        }
    }

    /// <summary>Builds what an evaluation rests on: the plan and policy with the evidence's overrides, the calendar, the obligation model.</summary>
    internal EvaluationContext CreateContext(EvidenceSet evidence, DateOnly asOf)
    {
        var (basePlan, catalog, baseCalendar, _) = _base.Value;
        CheckCalendarYear(asOf, "asOf");
        if (evidence.Plan?.SignedOn is { } signedOn) CheckCalendarYear(signedOn, "plan.signedOn");
        var plan = ApplyPlanOverrides(basePlan, evidence);
        if (evidence.PlanId is { } planId && planId != plan.Id)
        {
            throw new PlanRulesInputException(new LocalizedText($"Dữ liệu chứng cứ dành cho kế hoạch '{planId}', nhưng kế hoạch đang dùng là '{plan.Id}'.", $"The evidence is for plan '{planId}', but the plan in use is '{plan.Id}'."), jsonPath: "planId");
        }

        var policy = evidence.Policy?.ApplyTo(_options.Policy) ?? _options.Policy;
        var problems = policy.Validate();
        if (problems.Count > 0)
        {
            throw new PlanRulesInputException(new LocalizedText("Chính sách (policy) không hợp lệ: " + string.Join(" ", problems.Select(p => p.Vi)), "Invalid policy: " + string.Join(" ", problems.Select(p => p.En))), jsonPath: "policy");
        }

        var calendar = baseCalendar;
        if (evidence.Policy is { } p && (p.DaysOff.Count > 0 || p.WorkingWeekendDays.Count > 0))
        {
            CheckCalendarSpecs(p);
            calendar = calendar.WithOverrides(new CalendarOverrides(
                addDaysOff: p.DaysOff.Select(d => new DayOff(d.Date, DayOffKind.HostDefined, new LocalizedText(d.NameVi, d.NameEn ?? d.NameVi), false, Confidence.Confirmed, d.Source ?? "evidence")),
                workingWeekendDays: p.WorkingWeekendDays.Select(w => new WorkingWeekendDay(w.Date, new LocalizedText(w.ReasonVi, w.ReasonEn ?? w.ReasonVi), false, Confidence.Confirmed, w.Source ?? "evidence"))));
        }

        // The obligation model uses the requests: they are checked (with the schema version) before it is built.
        new EvidenceValidator(plan, catalog, policy).CheckRequests(evidence);
        var requests = evidence.Requests.Where(r => r is not null && (r.DocumentDate is null || r.DocumentDate <= asOf)).ToList();
        var model = ObligationModel.Build(plan, catalog, new DeadlineCalculator(calendar, policy), requests, _options.ExpansionLimits());
        return new EvaluationContext(plan, catalog, calendar, policy, model, evidence.Illustrative);
    }

    private static void CheckCalendarSpecs(PolicyOverrides p)
    {
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < p.DaysOff.Count; i++)
        {
            var d = p.DaysOff[i] ?? throw new PlanRulesInputException(new LocalizedText("Một ngày nghỉ có giá trị null.", "A day off is null."), jsonPath: $"policy.daysOff[{i}]");
            if (string.IsNullOrWhiteSpace(d.NameVi)) throw new PlanRulesInputException(new LocalizedText("Ngày nghỉ cần có tên.", "A day off needs a name."), jsonPath: $"policy.daysOff[{i}].nameVi");
            CheckCalendarYear(d.Date, $"policy.daysOff[{i}].date");
            if (d.Source is not null && string.IsNullOrWhiteSpace(d.Source)) throw new PlanRulesInputException(new LocalizedText("Nguồn để trống: hãy ghi nguồn hoặc bỏ trường này.", "The source is blank: name it or leave it out."), jsonPath: $"policy.daysOff[{i}].source");
            if (!seen.Add(d.Date)) throw new PlanRulesInputException(new LocalizedText("Ngày này được ghi hai lần.", "The date is listed twice."), jsonPath: $"policy.daysOff[{i}].date");
        }

        for (var i = 0; i < p.WorkingWeekendDays.Count; i++)
        {
            var w = p.WorkingWeekendDays[i] ?? throw new PlanRulesInputException(new LocalizedText("Một ngày làm việc có giá trị null.", "A working day is null."), jsonPath: $"policy.workingWeekendDays[{i}]");
            if (w.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new PlanRulesInputException(new LocalizedText($"{w.Date:yyyy-MM-dd} là {CalendarFileDto.DayVi(w.Date.DayOfWeek)}: chỉ thứ Bảy hoặc Chủ nhật mới có thể là ngày cuối tuần làm việc bù.", $"{w.Date:yyyy-MM-dd} is a {w.Date.DayOfWeek}: only a Saturday or a Sunday can be a working weekend day."), jsonPath: $"policy.workingWeekendDays[{i}].date");
            }

            CheckCalendarYear(w.Date, $"policy.workingWeekendDays[{i}].date");
            if (w.Source is not null && string.IsNullOrWhiteSpace(w.Source)) throw new PlanRulesInputException(new LocalizedText("Nguồn để trống: hãy ghi nguồn hoặc bỏ trường này.", "The source is blank: name it or leave it out."), jsonPath: $"policy.workingWeekendDays[{i}].source");
            if (string.IsNullOrWhiteSpace(w.ReasonVi)) throw new PlanRulesInputException(new LocalizedText("Ngày cuối tuần làm việc bù cần có lý do.", "A working weekend day needs a reason."), jsonPath: $"policy.workingWeekendDays[{i}].reasonVi");
            if (!seen.Add(w.Date)) throw new PlanRulesInputException(new LocalizedText("Ngày này được ghi hai lần.", "The date is listed twice."), jsonPath: $"policy.workingWeekendDays[{i}].date");
        }
    }

    private static void CheckCalendarYear(DateOnly date, string jsonPath) => EvidenceValidator.RequireDate(date, jsonPath);

    private static PlanDocument ApplyPlanOverrides(PlanDocument plan, EvidenceSet evidence)
    {
        if (evidence.Plan is not { } o) return plan;
        PlanDocument result;
        try
        {
            result = plan.WithSignature(o.Number, o.SignedOn, o.Authority, o.Position, o.Signer);
        }
        catch (ArgumentException e)
        {
            // A bad signed number (or an empty signer) is an input error of the evidence file, not a bug.
            throw new PlanRulesInputException(Reason(e), jsonPath: "plan." + (e.ParamName ?? "number"), innerException: e);
        }

        if (o.AppendixTasks is { } specs)
        {
            var appendix = AppendixFactory.FromSpecs(specs, o.AppendixPublished ?? false, plan.Appendix.ClausePath);
            try
            {
                result = result.WithAppendix(appendix);
            }
            catch (ArgumentException e)
            {
                throw new PlanRulesInputException(Reason(e), jsonPath: "plan.appendixTasks", innerException: e);
            }
        }

        return result;
    }

    private static LocalizedText Reason(ArgumentException e) => PlanRulesInputException.Refused(e);

    private (PlanDocument, BodyCatalog, WorkingDayCalendar, ISessionFactory) LoadBase()
    {
        var limits = _options.Limits();
        var plan = _options.Plan ?? (_options.PlanFile is { } pf ? ReadFile(pf, s => PlanDocument.Load(s, pf, limits)) : PlanDocument.LaiChau);
        var catalog = _options.Catalog ?? (_options.CatalogFile is { } cf ? ReadFile(cf, s => BodyCatalog.Load(s, cf, limits)) : BodyCatalog.LaiChau);
        foreach (var file in _options.CatalogOverrideFiles)
        {
            catalog = ReadFile(file, s => catalog.WithOverrides(s, file, limits));
        }

        var calendar = WorkingDayCalendar.Vietnam;
        foreach (var file in _options.CalendarFiles)
        {
            calendar = calendar.WithOverrides(ReadFile(file, s => CalendarOverrides.Load(s, file, limits)));
        }

        if (_options.Calendar is { } overrides) calendar = calendar.WithOverrides(overrides);
        var rules = CompiledRuleSets.Get(_options.RuleTypes);
        _logger.LogDebug("Loaded plan {PlanId}, {Bodies} bodies, {Rules} host rules.", plan.Id, catalog.Bodies.Count, _options.RuleTypes.Count);
        return (plan, catalog, calendar, rules);
    }

    private static T ReadFile<T>(string path, Func<Stream, T> read)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return read(stream);
        }
        catch (IOException e)
        {
            throw PlanRulesInputException.CannotRead(path, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw PlanRulesInputException.CannotRead(path, e);
        }
    }
}
