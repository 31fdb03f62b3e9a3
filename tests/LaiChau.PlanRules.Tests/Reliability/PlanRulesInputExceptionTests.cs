using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>An input error is what a host shows a person, often as one log or console line: it must stay one line.</summary>
public class PlanRulesInputExceptionTests
{
    [Theory]
    [InlineData("""{ "schemaVersion": 1, "reports": {} }""", "reports")] // an object where a list belongs
    [InlineData("""{ "schemaVersion": 1, "reports": [ [] ] }""", "reports[0]")] // a list where an object belongs
    public void Message_WrongContainerType_IsOneLineWithoutNewtonsoftAdvice(string json, string path)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(json, "evidence.json"));

        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain("To fix this error", e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.JsonPath);
        Assert.StartsWith("evidence.json, $." + path + ", line 1", e.Message, StringComparison.Ordinal);
    }
}
