using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;

namespace HostRules.Tests;

public class ReportOverdue30DaysRuleTests
{
    // The 2024 annual report's due date under the default (assumed) policy: the cut-off is Sat 14/12/2024,
    // two working days after it is Tue 17/12/2024. 30 days after that is Thu 16/01/2025.
    private static readonly DateOnly Due2024 = new(2024, 12, 17);
    private const string FinanceReport2024 = "annual-report:so-tai-chinh:2024";

    private static readonly ComplianceEvaluator Evaluator =
        ComplianceEvaluator.Create(o => o.RuleTypes.Add(typeof(ReportOverdue30DaysRule)));

    [Theory]
    [InlineData(31)] // the first day that is more than 30 days after the due date
    [InlineData(200)] // long after: still escalated, the message counts the days
    public void Evaluate_MissingMoreThan30DaysAfterDue_Fires(int daysAfterDue)
    {
        var report = Evaluator.Evaluate(Evidence(), Due2024.AddDays(daysAfterDue));

        var finding = Assert.Single(report.Findings, f => f.Id == $"{ReportOverdue30DaysRule.Code}:{FinanceReport2024}");
        Assert.Equal(FindingSeverity.Violation, finding.Severity);
        Assert.Equal("so-tai-chinh", finding.BodyId);
        Assert.Equal(2024, finding.Period);
        Assert.Equal("III.1.d4", finding.ClausePath);
        Assert.Contains($"Đã {daysAfterDue} ngày sau hạn 17/12/2024", finding.Message.Vi, StringComparison.Ordinal);
        Assert.Contains($"{daysAfterDue} days after its due date 17/12/2024", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Escalation_IsTiedToItsObligation()
    {
        var report = Evaluator.Evaluate(Evidence(), Due2024.AddDays(31));

        var finding = Assert.Single(report.Findings, f => f.Id == $"{ReportOverdue30DaysRule.Code}:{FinanceReport2024}");
        Assert.Equal(FinanceReport2024, finding.ObligationId);
        Assert.Equal(Due2024, finding.DueOn);
        Assert.True(finding.IsDueAssumed); // the default annual-report deadline is an assumption
        Assert.Equal("annual-report", finding.DeadlinePolicy);
        Assert.Equal("Đã 31 ngày sau hạn 17/12/2024 mà vẫn chưa nhận được báo cáo năm 2024 (ngưỡng nhắc của đơn vị: quá 30 ngày).", finding.Message.Vi);
        Assert.Equal("The report for 2024 is still not received 31 days after its due date 17/12/2024 (the host's threshold: more than 30 days).", finding.Message.En);
    }

    [Fact]
    public void Explain_Escalation_ShowsHowTheDueDateWasComputed()
    {
        var report = Evaluator.Evaluate(Evidence(), Due2024.AddDays(31));

        var explanation = Evaluator.Explain(report, $"{ReportOverdue30DaysRule.Code}:{FinanceReport2024}");

        Assert.NotNull(explanation);
        Assert.Equal(typeof(ReportOverdue30DaysRule), explanation.Rule.RuleType); // the host rule, with its legal basis
        Assert.NotEmpty(explanation.DeadlineSteps);
        Assert.NotEmpty(explanation.ClauseText);
        Assert.Contains(explanation.DeadlineSteps, s => s.Vi.Contains("17/12/2024", StringComparison.Ordinal));
    }

    [Fact]
    public void RuleInfo_ReadsTheHostRuleFromItsAttributes()
    {
        var rule = RuleInfo.From(typeof(ReportOverdue30DaysRule));

        Assert.Equal(ReportOverdue30DaysRule.Code, rule.Code);
        Assert.Equal(FindingSeverity.Violation, rule.Severity);
        Assert.Equal("III.1.d4", rule.ClausePath);
        Assert.Equal("A report is still missing more than 30 days after its due date.", rule.Description.En);
    }

    [Theory]
    [InlineData(1)] // the day after the due date: the built-in REPORT_MISSING fires, the escalation not yet
    [InlineData(30)] // exactly 30 days after: not "more than 30"
    public void Evaluate_Missing30DaysOrLessAfterDue_DoesNotFire(int daysAfterDue)
    {
        var report = Evaluator.Evaluate(Evidence(), Due2024.AddDays(daysAfterDue));

        Assert.DoesNotContain(report.Findings, f => f.Code == ReportOverdue30DaysRule.Code);
        Assert.Contains(report.Findings, f => f.Id == $"{FindingCodes.ReportMissing}:{FinanceReport2024}");
    }

    [Fact]
    public void Evaluate_ReportReceivedLate_DoesNotFire()
    {
        var evidence = Evidence(Report("SĐ-1", "so-tai-chinh", 2024, new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.FromHours(7))));

        var report = Evaluator.Evaluate(evidence, Due2024.AddDays(60));

        Assert.DoesNotContain(report.Findings, f => f.Id == $"{ReportOverdue30DaysRule.Code}:{FinanceReport2024}");
        Assert.Contains(report.Findings, f => f.Id == $"{FindingCodes.ReportLate}:{FinanceReport2024}");
    }

    [Fact]
    public void Evaluate_WithoutTheHostRule_HasNoEscalation()
    {
        var report = ComplianceEvaluator.Create().Evaluate(Evidence(), Due2024.AddDays(60));

        Assert.DoesNotContain(report.Findings, f => f.Code == ReportOverdue30DaysRule.Code);
    }

    [Fact]
    public void Monitor_AdvancedPastThreshold_FindingAppearsThenGoesWhenReportArrives()
    {
        using var monitor = Evaluator.CreateMonitor(Evidence(), Due2024.AddDays(1));
        var added = new List<string>();
        var removed = new List<string>();
        monitor.FindingsChanged += (_, e) =>
        {
            added.AddRange(e.Added);
            removed.AddRange(e.Removed);
        };
        var escalation = $"{ReportOverdue30DaysRule.Code}:{FinanceReport2024}";

        monitor.AdvanceTo(Due2024.AddDays(30));
        Assert.DoesNotContain(escalation, monitor.FindingIds);

        monitor.AdvanceTo(Due2024.AddDays(31));
        Assert.Contains(escalation, added);
        Assert.Contains(escalation, monitor.FindingIds);

        monitor.AddReport(Report("SĐ-1", "so-tai-chinh", 2024, new DateTimeOffset(2025, 1, 16, 9, 0, 0, TimeSpan.FromHours(7))));
        Assert.Contains(escalation, removed);
        Assert.DoesNotContain(escalation, monitor.FindingIds);
    }

    private static EvidenceSet Evidence(params ReceivedReport[] reports) => new()
    {
        Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
        Policy = new PolicyOverrides { LastYear = 2025 },
        Reports = reports,
    };

    private static ReceivedReport Report(string id, string body, int period, DateTimeOffset receivedAt) => new()
    {
        Id = id,
        Body = body,
        Period = period,
        ReceivedAt = receivedAt,
        Addressee = "ubnd-tinh",
        DeliveredTo = "so-noi-vu",
    };
}
