using System.Text;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Json;

/// <summary>
/// A JSON file of the wrong shape is explained in terms of JSON (an array, an object, a number), never with the .NET
/// type Newtonsoft.Json was filling: a person who wrote the file cannot act on "System.Collections.Generic.IReadOnlyList`1".
/// </summary>
public class ReasonWithoutTypeNameTests
{
    [Theory]
    [InlineData("{\"schemaVersion\":1,\"reports\":{}}", "A JSON array [...] is required here, not a JSON object")]
    [InlineData("{\"schemaVersion\":1,\"plan\":[]}", "A JSON object {...} is required here, not a JSON array")]
    [InlineData("{\"schemaVersion\":1,\"reports\":[1]}", "The value has the wrong kind: a number where")]
    [InlineData("{\"schemaVersion\":1,\"reports\":[\"R1\"]}", "The value has the wrong kind: a string where")]
    [InlineData("{\"schemaVersion\":1,\"colour\":1}", "Could not find member 'colour'.")]
    [InlineData("{\"schemaVersion\":1,\"reports\":[{\"id\":\"R\",\"body\":\"so-noi-vu\",\"period\":2024,\"receivedAt\":\"2024-12-16\",\"kind\":\"x\"}]}", "Could not find member 'kind'.")]
    public void Read_WrongShape_SaysWhatJsonIsExpectedWithoutATypeName(string json, string reason)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "e.json"));

        Assert.StartsWith(reason, e.LocalizedReason.En);
        Assert.DoesNotContain("System.", e.Reason);
        Assert.DoesNotContain("type '", e.Reason);
        Assert.DoesNotContain("EvidenceSet", e.Reason);
        Assert.DoesNotContain("ReceivedReport", e.Reason);
    }

    [Theory]
    [InlineData("Error converting value \"x\" to type 'System.Int32'", "Error converting value \"x\" to the kind of value the format expects.")]
    [InlineData("Unexpected System.DateTime here", "Unexpected a value here.")]
    public void CleanMessage_AnyOtherFrameworkTypeName_IsLeftOut(string message, string cleaned)
    {
        Assert.Equal(cleaned, LaiChau.PlanRules.Json.StrictJson.CleanMessage(message));
    }
}
