using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

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

    [Theory]
    [InlineData("daysOff", """{ "date": "2025-12-16", "nameVi": "Nghỉ", "source": " " }""")] // a blank source on a day off
    [InlineData("workingWeekendDays", """{ "date": "2025-12-20", "reasonVi": "Làm bù", "source": "" }""")] // an empty source on a working Saturday
    public void Evaluate_BlankSourceOfACalendarOverride_IsAnInputErrorAtItsPath(string list, string entry)
    {
        var evidence = EvidenceReader.Parse(
            $$"""{ "schemaVersion": 1, "asOf": "2025-12-31", "plan": { "signedOn": "2024-10-15" }, "policy": { "{{list}}": [ {{entry}} ] } }""", "evidence.json");

        var e = Assert.Throws<PlanRulesInputException>(() => Evaluator.Evaluate(evidence));

        Assert.Equal($"policy.{list}[0].source", e.JsonPath);
        Assert.Equal("evidence.json", e.FileName);
    }
}
