using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// A small rule-test fixture (NRules.Testing is not available here): builds evidence fluently, evaluates
/// it with the embedded Lai Châu plan and answers questions about the findings, so a test reads like a sentence.
/// </summary>
internal sealed class Scenario
{
    private static readonly ComplianceEvaluator DefaultEvaluator = ComplianceEvaluator.Create();
    private readonly List<ReceivedReport> _reports = [];
    private readonly List<ImplementationPlanIssued> _plans = [];
    private readonly List<SynthesisSubmitted> _syntheses = [];
    private readonly List<ReviewHeld> _reviews = [];
    private readonly List<TaskProgress> _progress = [];
    private readonly List<ReportRequest> _requests = [];
    private readonly List<AppendixTaskSpec> _tasks = [];
    private PolicyOverrides _policy = new() { FirstYear = 2024, LastYear = 2026 };
    private DateOnly _signedOn = new(2024, 10, 15);
    private int _sequence;

    public ComplianceEvaluator Evaluator { get; private set; } = DefaultEvaluator;

    public static Scenario LaiChau() => new();

    public Scenario With(ComplianceEvaluator evaluator)
    {
        Evaluator = evaluator;
        return this;
    }

    public Scenario Policy(Func<PolicyOverrides, PolicyOverrides> change)
    {
        _policy = change(_policy);
        return this;
    }

    public Scenario SignedOn(DateOnly date)
    {
        _signedOn = date;
        return this;
    }

    /// <summary>A report received at an instant written as ISO 8601 ("2024-12-17T16:00:00+07:00"; without an offset: Vietnam time).</summary>
    public Scenario Report(string body, int period, string receivedAt, string? deliveredTo = "so-noi-vu", string? addressee = "ubnd-tinh",
        string? id = null, string? onBehalfOf = null, string? replaces = null, IEnumerable<string>? tasks = null, string? requestId = null, string? sentAt = null)
    {
        _reports.Add(new ReceivedReport
        {
            Id = id ?? $"R{++_sequence:000}",
            Body = body,
            Period = period,
            ReceivedAt = global::LaiChau.PlanRules.Json.VietnamInstantConverter.Parse(receivedAt),
            SentAt = sentAt is null ? null : global::LaiChau.PlanRules.Json.VietnamInstantConverter.Parse(sentAt),
            DeliveredTo = deliveredTo,
            Addressee = addressee,
            OnBehalfOf = onBehalfOf,
            Replaces = replaces,
            RequestId = requestId,
            TaskResults = (tasks ?? []).Select(t => new TaskResult { TaskId = t, Result = "Đã thực hiện" }).ToList(),
        });
        return this;
    }

    public static IReadOnlyList<string> Obligated(int period)
    {
        var catalog = DefaultEvaluator.Catalog;
        var cutOff = new DateOnly(period, 12, 14);
        return new[] { GroupIds.Departments, GroupIds.Associations, GroupIds.Districts }
            .SelectMany(g => catalog.MembersOn(g, cutOff)).Select(b => b.Id).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public Scenario ImplementationPlan(string body, DateOnly issuedOn)
    {
        _plans.Add(new ImplementationPlanIssued { Id = $"P{++_sequence:000}", Body = body, IssuedOn = issuedOn });
        return this;
    }

    public Scenario Synthesis(int period, string submittedAt)
    {
        _syntheses.Add(new SynthesisSubmitted { Id = $"S{++_sequence:000}", Period = period, SubmittedAt = global::LaiChau.PlanRules.Json.VietnamInstantConverter.Parse(submittedAt) });
        return this;
    }

    public Scenario Review(string milestone, DateOnly heldOn)
    {
        _reviews.Add(new ReviewHeld { Id = $"V{++_sequence:000}", Milestone = milestone, HeldOn = heldOn });
        return this;
    }

    public Scenario Task(string id, string lead, string timing)
    {
        _tasks.Add(new AppendixTaskSpec { Id = id, Title = "Nhiệm vụ minh họa " + id, Lead = lead, Timing = timing });
        return this;
    }

    public Scenario Progress(string taskId, TaskProgressStatus status, DateOnly? completedOn = null, int? period = null, string? body = null, DateOnly? extendedTo = null)
    {
        _progress.Add(new TaskProgress
        {
            Id = $"T{++_sequence:000}",
            TaskId = taskId,
            Status = status,
            CompletedOn = completedOn,
            Period = period,
            Body = body,
            Extensions = extendedTo is { } e ? [new TaskExtension { NewDueOn = e, DocumentNumber = "88/UBND-TH" }] : [],
        });
        return this;
    }

    public Scenario Request(ReportRequest request)
    {
        _requests.Add(request);
        return this;
    }

    public EvidenceSet Evidence(DateOnly asOf) => new()
    {
        AsOf = asOf,
        Plan = new PlanOverrides { SignedOn = _signedOn, AppendixTasks = _tasks.Count > 0 ? _tasks : null },
        Policy = _policy,
        Reports = _reports,
        ImplementationPlans = _plans,
        Syntheses = _syntheses,
        Reviews = _reviews,
        TaskProgress = _progress,
        Requests = _requests,
    };

    public Result AsOf(DateOnly asOf) => new(Evaluator.Evaluate(Evidence(asOf)));

    public Result AsOf(int year, int month, int day) => AsOf(new DateOnly(year, month, day));

    internal sealed class Result(ComplianceReport report)
    {
        public ComplianceReport Report { get; } = report;

        public IEnumerable<Finding> Of(string code) => Report.Findings.Where(f => f.Code == code);

        public bool Has(string code, string body, int? period = null) =>
            Report.Findings.Any(f => f.Code == code && f.BodyId == body && (period is null || f.Period == period));

        public Finding Single(string code, string body) => Assert.Single(Report.Findings, f => f.Code == code && f.BodyId == body);

        public ReportStatus Cell(string body, int period) => Assert.Single(Report.ReportStatuses, c => c.BodyId == body && c.Period == period);

        public bool Any(FindingSeverity atLeast) => Report.Findings.Any(f => f.Severity >= atLeast);
    }
}
