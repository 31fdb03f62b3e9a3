using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Tests.Rules;

/// <summary>
/// A host-written rule is first-class: declared with the same attributes as a built-in rule and yielding
/// through <see cref="FindingFact.For{TRule}(ObligationCase, Submission?, bool, IReadOnlyList{string}?)"/>,
/// its finding is tied to its obligation (id, due date, confidence, who is responsible now) and explained.
/// </summary>
public sealed class HostRuleFindingTests
{
    private static readonly ComplianceEvaluator Evaluator =
        ComplianceEvaluator.Create(o => o.RuleTypes.Add(typeof(HostMissingRule)));

    [Fact]
    public void HostFinding_CarriesItsObligationDueDateAndConfidence()
    {
        var result = Scenario.LaiChau().With(Evaluator).AsOf(2024, 12, 31);

        var finding = result.Single("HOST_MISSING", "so-tai-chinh");
        Assert.Equal("HOST_MISSING:annual-report:so-tai-chinh:2024", finding.Id);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("annual-report:so-tai-chinh:2024", finding.ObligationId);
        Assert.Equal(new DateOnly(2024, 12, 17), finding.DueOn);
        Assert.True(finding.IsDueAssumed);
        Assert.Equal("annual-report", finding.DeadlinePolicy);
        Assert.Equal("III.1.d4", finding.ClausePath);
        Assert.Equal("Sở Tài chính: báo cáo năm 2024 quá hạn 17/12/2024 (hạn giả định) 14 ngày.", finding.Message.Vi);
        Assert.Equal("Sở Tài chính: Report for 2024 overdue 17/12/2024 (assumed deadline) by 14 days.", finding.Message.En);
    }

    [Fact]
    public void HostFinding_OnAMergedBody_SaysWhoIsResponsibleNow()
    {
        // Sở Kế hoạch và Đầu tư merged into Sở Tài chính on 01/3/2025.
        var result = Scenario.LaiChau().With(Evaluator).AsOf(2025, 3, 10);

        var finding = Assert.Single(result.Of("HOST_MISSING"), f => f.ObligationId == "annual-report:so-ke-hoach-dau-tu:2024");
        Assert.Equal("so-tai-chinh", finding.ResponsibleBodyId);
        Assert.EndsWith("Trách nhiệm hiện nay: Sở Tài chính.", finding.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void HostFinding_IsExplainedWithItsDeadlineSteps()
    {
        var result = Scenario.LaiChau().With(Evaluator).AsOf(2024, 12, 31);

        var explanation = Evaluator.Explain(result.Report, "HOST_MISSING:annual-report:so-tai-chinh:2024");

        Assert.NotNull(explanation);
        Assert.NotEmpty(explanation.DeadlineSteps);
        Assert.NotEmpty(explanation.ClauseText);
        Assert.Single(explanation.Evidence); // "no evidence received ... answers this obligation"
    }

    [Fact]
    public void HostFinding_ExplanationNamesTheHostRule()
    {
        var result = Scenario.LaiChau().With(Evaluator).AsOf(2024, 12, 31);

        var explanation = Evaluator.Explain(result.Report, "HOST_MISSING:annual-report:so-tai-chinh:2024");

        Assert.NotNull(explanation);
        Assert.Equal(typeof(HostMissingRule), explanation.Rule.RuleType);
        Assert.Equal("HOST_MISSING", explanation.Rule.Code);
        Assert.Equal("Quy định nội bộ (kiểm thử)", explanation.Rule.LegalBasis);
    }

    [Fact]
    public void HostRule_WithAMalformedTemplate_FailsWhenTheEvaluatorLoadsIt()
    {
        var evaluator = ComplianceEvaluator.Create(o => o.RuleTypes.Add(typeof(HostMalformedRule)));

        var error = Assert.Throws<InvalidOperationException>(() => Scenario.LaiChau().With(evaluator).AsOf(2024, 12, 31));

        Assert.Contains(nameof(HostMalformedRule), error.Message, StringComparison.Ordinal);
        Assert.Contains("{dueOn}", error.Message, StringComparison.Ordinal);
    }
}

// NRules loads top-level rule classes only: a nested rule class is silently skipped.
[Name("HOST_MISSING"), Description("A host's reminder: a report is missing past its due date.")]
[PlanRule(FindingSeverity.Warning, "III.1.d4", "Quy định nội bộ (kiểm thử)",
    MessageVi = "{body}: {report} quá hạn {due}{assumed} {daysPastDue} ngày.",
    MessageEn = "{body}: {Report} overdue {due}{assumed} by {daysPastDue} days.")]
internal sealed class HostMissingRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.Obligation.IsReport, x => x.IsPastDue, x => x.First == null);

        Then()
            .Yield(_ => FindingFact.For<HostMissingRule>(c));
    }
}

[Name("HOST_MALFORMED"), Description("A host rule with a typo in its message template.")]
[PlanRule(FindingSeverity.Info, "III.1.d4", "Quy định nội bộ (kiểm thử)", MessageVi = "{body}: hạn {dueOn}.", MessageEn = "{body}: due {due}.")]
internal sealed class HostMalformedRule : Rule
{
    public override void Define()
    {
        ObligationCase c = default!;

        When()
            .Match(() => c, x => x.First == null);

        Then()
            .Yield(_ => FindingFact.For<HostMalformedRule>(c));
    }
}
