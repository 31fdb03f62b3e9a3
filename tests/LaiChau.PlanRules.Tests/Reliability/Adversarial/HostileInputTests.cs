using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Reliability.Adversarial;

/// <summary>
/// The standing adversarial suite: every hostile generator at a small size, through the library as a host calls it
/// (read, evaluate, write the report), ends in a report or in the input error it must give. Sizes and the
/// expansion limit are small so that CI stays fast; the benchmarks' <c>--adversarial</c> mode runs the same
/// generators at 1 MB and 4 MB and prints the growth of CPU time and memory (benchmarks/README.md).
/// </summary>
public class HostileInputTests
{
    // Small enough that the expansion generators reach it at test sizes, large enough for every other one.
    private const int MaxObligations = 20_000;

    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create(o => o.MaxObligations = MaxObligations);

    public static TheoryData<string> Names() => [.. HostileInputs.All.Select(g => g.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Generator_AtASmallSize_EvaluatesOrGivesItsInputError(string name)
    {
        var g = HostileInputs.Get(name);
        var units = g.Outcome == HostileOutcome.Refused && g.Class == "expansion" ? 400 : 2_000;

        var error = Record.Exception(() => Run(g, units));

        if (g.Outcome == HostileOutcome.Evaluated)
        {
            Assert.Null(error);
        }
        else
        {
            var e = Assert.IsType<PlanRulesInputException>(error);
            Assert.True(e.LocalizedReason.En.Contains(g.RefusalPhrase!, StringComparison.Ordinal) || (e.JsonPath ?? string.Empty).Contains(g.RefusalPhrase!, StringComparison.Ordinal), e.GetMessage("en"));
            Assert.DoesNotContain('\n', e.Message);
            Assert.Null(BilingualReasonTests.LanguageProblem(e));
        }
    }

    // The generators that pile evidence on one obligation, or tasks in the appendix, are refused by the default limits;
    // with the limits raised they still run, and in time linear in their size (LinearWorkTests, the benchmark).
    internal static readonly ComplianceEvaluator Raised = ComplianceEvaluator.Create(o =>
    {
        o.MaxObligations = MaxObligations;
        o.MaxEvidencePerObligation = 100_000;
        o.MaxAppendixTasks = 100_000;
    });

    [Fact]
    public void DuplicateReports_LimitRaised_EveryOneAfterTheFirstIsADuplicate()
    {
        var report = Run(HostileInputs.Get("duplicate-reports"), 3_000, Raised);

        Assert.Equal(2_999, report.Findings.Count(f => f.Code == "REPORT_DUPLICATE"));
    }

    [Theory]
    [InlineData("replacement-chain")]
    [InlineData("register-rows")]
    [InlineData("one-off-tasks")]
    public void PiledUpGenerators_LimitsRaised_Evaluate(string name)
    {
        var report = Run(HostileInputs.Get(name), 3_000, Raised);

        Assert.NotEmpty(report.ReportStatuses);
    }

    [Theory]
    [InlineData("duplicate-reports", nameof(PlanRulesOptions.MaxEvidencePerObligation), 5, "reports[5]", "--max-evidence-per-obligation")]
    [InlineData("one-off-tasks", nameof(PlanRulesOptions.MaxAppendixTasks), 8, "plan.appendixTasks", "--max-appendix-tasks")]
    public void Limit_AtItTheInputEvaluates_OneMoreIsRefusedAtItsPath(string name, string setting, int limit, string path, string flag)
    {
        var g = HostileInputs.Get(name);
        var evaluator = ComplianceEvaluator.Create(o =>
        {
            if (setting == nameof(PlanRulesOptions.MaxAppendixTasks)) o.MaxAppendixTasks = limit;
            else o.MaxEvidencePerObligation = limit;
        });

        var report = evaluator.Evaluate(EvidenceReader.Parse(g.Generate(limit)));
        var e = Assert.Throws<PlanRulesInputException>(() => evaluator.Evaluate(EvidenceReader.Parse(g.Generate(limit + 1))));

        Assert.NotEmpty(report.ReportStatuses);
        Assert.Equal(path, e.JsonPath);
        Assert.Contains("PlanRulesOptions." + setting, e.Reason, StringComparison.Ordinal);
        Assert.Contains(flag, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidencePerObligation_InAMonitor_TheReportOverTheLimitIsRefusedAndNothingChanges()
    {
        var g = HostileInputs.Get("duplicate-reports");
        var evaluator = ComplianceEvaluator.Create(o => o.MaxEvidencePerObligation = 3);
        var evidence = EvidenceReader.Parse(g.Generate(3));
        using var monitor = evaluator.CreateMonitor(evidence);
        var before = monitor.Snapshot().Findings.Select(f => f.Id).ToList();
        var fourth = EvidenceReader.Parse(g.Generate(4)).Reports[3];

        Assert.Throws<PlanRulesInputException>(() => monitor.AddReport(fourth));

        Assert.Equal(before, monitor.Snapshot().Findings.Select(f => f.Id));
        Assert.Equal(0, monitor.AppliedChanges);
    }

    [Fact]
    public void ReviewMilestones_EachHeldReviewAnswersItsOwnMilestone()
    {
        var report = Run(HostileInputs.Get("review-milestones"), 3_000);

        Assert.DoesNotContain(report.Findings, f => f.Code.StartsWith("REVIEW", StringComparison.Ordinal));
    }

    [Fact]
    public void AdHocRequests_EachReplyAnswersItsRequest()
    {
        var report = Run(HostileInputs.Get("ad-hoc-requests"), 3_000);

        Assert.DoesNotContain(report.Findings, f => f.ObligationId?.StartsWith("request:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void RegisterRows_EveryRowIsRead()
    {
        var g = HostileInputs.Get("register-rows");

        var evidence = HostileInput.ReadRegister(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(g.Generate(3_000))), "so-den.csv");

        Assert.Equal(3_000, evidence.Reports.Count);
    }

    [Fact]
    public void ExpansionLimit_NamesTheSettingThatRaisesIt()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => Run(HostileInputs.Get("group-tasks-50-years"), 400));

        Assert.Contains("PlanRulesOptions.MaxObligations", e.Reason, StringComparison.Ordinal);
        Assert.Contains("--max-obligations", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpansionLimit_RaisedByTheHost_TheSameInputEvaluates()
    {
        var evaluator = ComplianceEvaluator.Create(o => o.MaxObligations = 1_000_000);
        var evidence = EvidenceReader.Parse(HostileInputs.Get("group-tasks-50-years").Generate(40));

        var report = evaluator.Evaluate(evidence);

        Assert.NotEmpty(report.TaskStatuses);
    }

    [Fact]
    public void YearsLimit_RaisedByTheHost_TheSpanIsCovered()
    {
        var evaluator = ComplianceEvaluator.Create(o => o.MaxPeriods = 300);
        var evidence = EvidenceReader.Parse(HostileInputs.Get("years-1990-2199").Generate(1));

        var report = evaluator.Evaluate(evidence);

        Assert.NotNull(report);
    }

    internal static ComplianceReport Run(HostileInput g, int units, ComplianceEvaluator? evaluator = null)
    {
        var text = g.Generate(units);
        var evidence = g.IsCsv
            ? HostileInput.ReadRegister(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "so-den.csv")
            : EvidenceReader.Parse(text, "hostile.json");
        var report = (evaluator ?? Evaluator).Evaluate(evidence);
        using var sink = new StringWriter();
        ComplianceReportJson.Write(report, sink);
        return report;
    }
}
