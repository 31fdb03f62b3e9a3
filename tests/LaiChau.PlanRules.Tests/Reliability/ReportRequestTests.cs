using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>Requests shape the obligations before the rest of the evidence is checked: a broken one is still an input error.</summary>
public class ReportRequestTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    [Theory]
    [InlineData("""{ "id": "", "kind": "periodDeadline", "documentNumber": "1/UBND-TH", "period": 2025, "dueOn": "2025-12-19" }""", "requests[0].id")] // an empty id
    [InlineData("""{ "id": "CV-1", "kind": "adHoc", "documentNumber": "1/UBND-TH", "dueOn": "2025-05-15", "groups": [ "khong-co-nhom" ] }""", "requests[0].groups[0]")] // an unknown group
    [InlineData("""{ "id": "CV-1", "kind": "periodDeadline", "documentNumber": "1/UBND-TH", "period": 2025, "dueOn": "2025-12-19", "groups": [ null ] }""", "requests[0].groups[0]")] // a null group
    [InlineData("""{ "id": "CV-1", "kind": "adHoc", "documentNumber": "1/UBND-TH", "dueOn": "2025-05-15", "bodies": [ null ] }""", "requests[0].bodies[0]")] // a null body
    public void Evaluate_BrokenRequest_IsAnInputErrorAtItsPath(string request, string path)
    {
        var evidence = EvidenceReader.Parse(
            $$"""{ "schemaVersion": 1, "asOf": "2025-12-31", "plan": { "signedOn": "2024-10-15" }, "requests": [ {{request}} ] }""", "evidence.json");

        var e = Assert.Throws<PlanRulesInputException>(() => Evaluator.Evaluate(evidence));

        Assert.Equal(path, e.JsonPath);
        Assert.Equal("evidence.json", e.FileName);
    }
}
