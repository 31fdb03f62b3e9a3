using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using Microsoft.Extensions.Options;

namespace LaiChau.PlanRules.Tests.Compliance;

public sealed class ComplianceEvaluatorOptionsTests
{
    [Fact]
    public void Evaluate_OptionsChangedAfterTheEvaluatorWasBuilt_UsesTheSnapshot()
    {
        // Options bound from configuration can be reloaded, and a host may reuse the object: an evaluator
        // answers with the options it was built with.
        var options = new PlanRulesOptions();
        var evaluator = new ComplianceEvaluator(Options.Create(options));
        var before = ComplianceReportJson.Serialize(evaluator.Evaluate(DemoEvidence.Load()));

        options.Policy.LastYear = 2024;
        options.RuleTypes.Add(typeof(MissingReportEchoRule));
        var after = ComplianceReportJson.Serialize(evaluator.Evaluate(DemoEvidence.Load()));

        Assert.Equal(before, after);
        var withRule = new PlanRulesOptions();
        withRule.RuleTypes.Add(typeof(MissingReportEchoRule));
        var control = new ComplianceEvaluator(Options.Create(withRule)).Evaluate(DemoEvidence.Load());
        Assert.True(control.Findings.Any(f => f.Code == "TEST_ECHO"), string.Join(",", control.Findings.Select(f => f.Code).Distinct()) + " missing cells: " + control.ReportStatuses.Count(s => s.Status == ReportCellStatus.Missing));
        Assert.NotEqual(before, ComplianceReportJson.Serialize(control));
    }

    [Fact]
    public void Report_DoesNotReferenceTheEvaluationContext()
    {
        // The report holds what it shows: no obligation model, evidence index or case table stays reachable.
        var fields = typeof(ComplianceReport).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Select(f => f.FieldType.Name).ToList();

        Assert.DoesNotContain(nameof(EvaluationContext), fields);
        Assert.DoesNotContain(fields, n => n.Contains("ObligationModel", StringComparison.Ordinal) || n.Contains("Dictionary", StringComparison.Ordinal));
    }
}

/// <summary>A host rule for the test: one extra finding per missing report (NRules loads no nested rule class).</summary>
[NRules.Fluent.Dsl.Name("TEST_ECHO")]
[LaiChau.PlanRules.Rules.PlanRule(LaiChau.PlanRules.Rules.FindingSeverity.Info, "III.1", "test", MessageVi = "{body}: thiếu {report}.", MessageEn = "{body}: {report} missing.")]
public sealed class MissingReportEchoRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        LaiChau.PlanRules.Rules.ObligationCase c = default!;

        When()
            .Match(() => c, x => x.IsMissing);

        Then()
            .Yield(_ => LaiChau.PlanRules.Rules.FindingFact.For<MissingReportEchoRule>(c, null, false, null));
    }
}

/// <summary>Options name every problem with a host rule type instead of dropping it.</summary>
public sealed class HostRuleTypeValidationTests
{
    [Fact]
    public void Create_NestedRuleClass_IsAnOptionsErrorNotASilentDrop()
    {
        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            ComplianceEvaluator.Create(o => o.RuleTypes.Add(typeof(Holder.NestedRule))));

        Assert.Contains("declared inside another class", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TopLevelRuleClass_IsAccepted() =>
        Assert.NotNull(ComplianceEvaluator.Create(o => o.RuleTypes.Add(typeof(MissingReportEchoRule))));

    /// <summary>Holds a nested rule class, which NRules would not load.</summary>
    public static class Holder
    {
        [NRules.Fluent.Dsl.Name("TEST_NESTED")]
        [LaiChau.PlanRules.Rules.PlanRule(LaiChau.PlanRules.Rules.FindingSeverity.Info, "III.1", "test", MessageVi = "{body}", MessageEn = "{body}")]
        public sealed class NestedRule : NRules.Fluent.Dsl.Rule
        {
            public override void Define()
            {
                LaiChau.PlanRules.Rules.ObligationCase c = default!;

                When()
                    .Match(() => c, x => x.IsMissing);

                Then()
                    .Yield(_ => LaiChau.PlanRules.Rules.FindingFact.For<NestedRule>(c, null, false, null));
            }
        }
    }
}
