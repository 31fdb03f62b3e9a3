using System.Text;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;

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
        Assert.StartsWith("evidence.json, $." + path + ", line 1", e.GetMessage("en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("so-y-te\nERROR: a forged log line", "so-y-te\\nERROR: a forged log line")] // a line break would forge a second log line
    [InlineData("\u001b[31mred", "\\u001B[31mred")] // a terminal escape sequence
    [InlineData("abc\u202Eevil", "abc\\u202Eevil")] // a bidirectional override would reorder what a person reads
    public void Message_ControlCharactersFromTheInput_AreEscaped(string lead, string shown)
    {
        var json = "{ \"schemaVersion\": 1, \"isPublished\": true, \"tasks\": [ { \"id\": \"t1\", \"title\": \"Nhiệm vụ\", \"lead\": "
            + Newtonsoft.Json.JsonConvert.ToString(lead) + ", \"timing\": \"Thường xuyên\" } ] }";

        var e = Assert.Throws<PlanRulesInputException>(() => PlanAppendix.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "appendix.json"));

        Assert.Contains(shown, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(e.Message, c => char.IsControl(c) || c == '\u202E');
        Assert.Contains(lead, e.Reason, StringComparison.Ordinal); // the data that caused it, as found
    }

    [Fact]
    public void Message_UnknownMemberNameWithALineBreak_IsEscaped()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse("{ \"schemaVersion\": 1, \"a\\nb\": 1 }", "evidence.json"));

        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains("a\\nb", e.Message, StringComparison.Ordinal);
    }
}
