using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Tests.Reliability;

public class PolicyOverridesTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    [Theory]
    [InlineData("""{ "deadlines": { "synthesis": null } }""", "policy.deadlines.synthesis")] // a rule left null
    [InlineData("""{ "reviewMilestones": [ null ] }""", "policy.reviewMilestones[0]")] // a milestone left null
    public void Evaluate_NullEntryInThePolicyOverrides_IsAnInputErrorAtItsPath(string policy, string path)
    {
        var evidence = EvidenceReader.Parse(
            "{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2025-12-31\",\n  \"plan\": { \"signedOn\": \"2024-10-15\" },\n  \"policy\": " + policy + "\n}", "evidence.json");

        var e = Assert.Throws<PlanRulesInputException>(() => Evaluator.Evaluate(evidence));

        Assert.Equal(path, e.JsonPath);
        Assert.Equal("evidence.json", e.FileName);
        Assert.Equal(5, e.LineNumber);
    }
}
