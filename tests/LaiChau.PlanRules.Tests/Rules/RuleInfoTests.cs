using System.Reflection;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Rules.BuiltIn;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Tests.Rules;

public sealed class RuleInfoTests
{
    [Fact]
    public void BuiltIn_OneRulePerFindingCode()
    {
        var codes = typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal);

        Assert.Equal(codes, RuleCatalog.BuiltIn.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BuiltIn_EveryRuleSaysEverythingInBothLanguages()
    {
        foreach (var rule in RuleCatalog.BuiltIn)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.LegalBasis), rule.Code);
            Assert.NotEqual(rule.Description.Vi, rule.Description.En);
            Assert.NotEqual(rule.Code, rule.Description.En);
            Assert.False(string.IsNullOrWhiteSpace(rule.DefaultPolicy.Vi), rule.Code);
            Assert.NotEqual(rule.DefaultPolicy.Vi, rule.DefaultPolicy.En);
            Assert.NotEqual(MessageTemplate.Default, rule.MessageTemplate);
            Assert.Contains("{", rule.MessageTemplate.Vi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BuiltInRuleTypes_ListsEveryRuleClassOfTheBuiltInNamespace()
    {
        var declared = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RuleCatalog).Namespace && t.IsSubclassOf(typeof(Rule)));

        Assert.Equal(declared.OrderBy(t => t.Name), RuleCatalog.BuiltInRuleTypes.OrderBy(t => t.Name));
        Assert.Equal(RuleCatalog.BuiltIn.Count + 4, RuleCatalog.BuiltInRuleTypes.Count); // + the four task-status rules
    }

    [Fact]
    public void From_ReadsNameDescriptionAndPlanRule()
    {
        var rule = RuleInfo.From(typeof(ReportLateRule));

        Assert.Equal(typeof(ReportLateRule), rule.RuleType);
        Assert.Equal(FindingCodes.ReportLate, rule.Code);
        Assert.Equal(FindingSeverity.Violation, rule.Severity);
        Assert.Equal("III.1.d4", rule.ClausePath);
        Assert.StartsWith("The first report was received after its deadline", rule.Description.En, StringComparison.Ordinal);
        Assert.StartsWith("Báo cáo nhận đầu tiên đến sau hạn", rule.Description.Vi, StringComparison.Ordinal);
        Assert.Equal("{body} gửi {report} chậm: nhận ngày {received}, hạn {due}{assumed}.", rule.MessageTemplate.Vi);
        Assert.Same(rule, RuleInfo.From(typeof(ReportLateRule)));
        Assert.Same(rule, RuleCatalog.Find("report_late"));
    }

    [Fact]
    public void From_MinimalRule_FallsBackToEnglishAndTheDefaultMessage()
    {
        var rule = RuleInfo.From(typeof(MinimalRule));

        Assert.Equal("MINIMAL", rule.Code);
        Assert.Equal(new LocalizedText("Only English.", "Only English."), rule.Description);
        Assert.Equal(new LocalizedText(string.Empty, string.Empty), rule.DefaultPolicy);
        Assert.Equal(MessageTemplate.Default, rule.MessageTemplate);
    }

    [Theory]
    [InlineData(typeof(TaskCompletedOnTimeStatusRule), "[PlanRule]")]
    [InlineData(typeof(NamelessRule), "[Name]")]
    [InlineData(typeof(UnknownPlaceholderRule), "{dueDate}")]
    [InlineData(typeof(StrayBraceRule), "brace")]
    [InlineData(typeof(OneLanguageRule), "MessageEn")]
    public void From_IncompleteOrMalformedRule_Throws(Type ruleType, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RuleInfo.From(ruleType));

        Assert.Contains(ruleType.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{body} gửi {report}.", "Sở X gửi báo cáo năm 2024.")]
    [InlineData("{Report} của {body}.", "Báo cáo năm 2024 của Sở X.")]
    [InlineData("no placeholder", "no placeholder")]
    [InlineData("{details}|{details}", "|")]
    public void Fill_ReplacesEachPlaceholder_CapitalisedWhenWrittenSo(string template, string expected)
    {
        var values = new Dictionary<string, string> { ["body"] = "Sở X", ["report"] = "báo cáo năm 2024", ["details"] = string.Empty };

        Assert.Equal(expected, MessageTemplate.Fill(template, name => values[name]));
    }

    [Name("MINIMAL"), Description("Only English.")]
    [PlanRule(FindingSeverity.Info, "III.1", "Test")]
    private sealed class MinimalRule : Rule
    {
        public override void Define()
        {
        }
    }

    [PlanRule(FindingSeverity.Info, "III.1", "Test")]
    private sealed class NamelessRule : Rule
    {
        public override void Define()
        {
        }
    }

    [Name("UNKNOWN_PLACEHOLDER")]
    [PlanRule(FindingSeverity.Info, "III.1", "Test", MessageVi = "{body}: hạn {dueDate}.", MessageEn = "{body}: due {due}.")]
    private sealed class UnknownPlaceholderRule : Rule
    {
        public override void Define()
        {
        }
    }

    [Name("STRAY_BRACE")]
    [PlanRule(FindingSeverity.Info, "III.1", "Test", MessageVi = "{body}.", MessageEn = "{body} {due.")]
    private sealed class StrayBraceRule : Rule
    {
        public override void Define()
        {
        }
    }

    [Name("ONE_LANGUAGE")]
    [PlanRule(FindingSeverity.Info, "III.1", "Test", MessageVi = "{body}.")]
    private sealed class OneLanguageRule : Rule
    {
        public override void Define()
        {
        }
    }
}
