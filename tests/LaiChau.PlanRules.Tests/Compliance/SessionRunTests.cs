using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;
using NRules;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// A batch evaluation drives its session as <see cref="SessionRun"/> says: facts inserted in batches, yielded findings
/// propagated together after the agenda empties. The session must end where NRules' defaults (one batch, each finding
/// propagated as it is yielded) end, and a host rule that matches findings must still see every one.
/// </summary>
public class SessionRunTests
{
    private static (List<string> Findings, List<string> Statuses) Conclusions(ISession session) =>
        (session.Query<FindingFact>().Select(f => f.Id).Order(StringComparer.Ordinal).ToList(),
         session.Query<TaskStatusFact>().Select(t => $"{t.Case.Task.Id}:{t.Status}").Order(StringComparer.Ordinal).ToList());

    private static List<object> Facts(EvidenceSet evidence, DateOnly asOf)
    {
        var ctx = ComplianceEvaluator.Create().CreateContext(evidence, asOf);
        var index = EvidenceIndex.Build(ctx.Model, evidence, asOf);
        var (cases, tasks) = CaseFactory.Build(ctx.Model, index, asOf);
        var facts = new List<object> { new EvaluationDate(asOf) };
        facts.AddRange(cases);
        facts.AddRange(tasks);
        facts.AddRange(index.Unexpected);
        return facts;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(SessionRun.InsertBatch)]
    public void BatchedInsertAndPropagation_EndWhereNRulesDefaultsEnd(int batchSize)
    {
        var evidence = DemoEvidence.Load();
        var facts = Facts(evidence, evidence.AsOf!.Value);
        var rules = CompiledRuleSets.Get([]);

        var plain = rules.CreateSession(); // one batch, each yielded finding propagated as it comes
        plain.InsertAll(facts);
        plain.Fire();
        var batched = SessionRun.Create(rules);
        SessionRun.Insert(batched, facts, batchSize);
        SessionRun.Fire(batched);

        var expected = Conclusions(plain);
        var actual = Conclusions(batched);
        Assert.True(expected.Findings.Count > 10, "the demo should give findings");
        Assert.NotEmpty(expected.Statuses);
        Assert.Equal(expected.Findings, actual.Findings);
        Assert.Equal(expected.Statuses, actual.Statuses);
    }

    [Fact]
    public void HostRuleOnFindings_SeesEveryFinding_InABatchAndInAMonitor()
    {
        var evaluator = ComplianceEvaluator.Create(o => o.RuleTypes.Add(typeof(HostEscalateRule)));
        var evidence = DemoEvidence.Load();

        var report = evaluator.Evaluate(evidence);
        using var monitor = evaluator.CreateMonitor(evidence);

        var missing = report.Findings.Where(f => f.Code == FindingCodes.ReportMissing).Select(f => f.ObligationId).Order(StringComparer.Ordinal).ToList();
        var escalated = report.Findings.Where(f => f.Code == "HOST_ESCALATE").Select(f => f.ObligationId).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(missing);
        Assert.Equal(missing, escalated);
        Assert.Equal(report.Findings.Select(f => f.Id), monitor.Snapshot().Findings.Select(f => f.Id));
    }

    [Fact]
    public void Fire_Cancelled_Throws()
    {
        var evidence = DemoEvidence.Load();
        var session = SessionRun.Create(CompiledRuleSets.Get([]));
        SessionRun.Insert(session, Facts(evidence, evidence.AsOf!.Value));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => SessionRun.Fire(session, cancelled.Token));
    }
}

// A host rule that chains on a built-in finding: it matches the REPORT_MISSING finding and the case it is about (a join,
// fine for a test's few facts).
[Name("HOST_ESCALATE"), Description("A host's escalation of a missing report.")]
[PlanRule(FindingSeverity.Warning, "III.1.d4", "Quy định nội bộ (kiểm thử)",
    MessageVi = "{body}: chuyển lãnh đạo xử lý việc chưa gửi {report}.",
    MessageEn = "{body}: escalated, {report} not sent.")]
internal sealed class HostEscalateRule : Rule
{
    public override void Define()
    {
        FindingFact f = default!;
        ObligationCase c = default!;

        When()
            .Match(() => f, x => x.Code == FindingCodes.ReportMissing)
            .Match(() => c, x => x.Obligation.Id == f.SubjectId);

        Then()
            .Yield(_ => FindingFact.For<HostEscalateRule>(c));
    }
}
