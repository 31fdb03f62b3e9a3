using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Evidence;

public class EvidenceReaderTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "asOf": "2025-01-10",
          "plan": { "signedOn": "2024-10-15" },
          "reports": [
            { "id": "R1", "body": "so-tai-chinh", "period": 2024, "receivedAt": "2024-12-17T23:59:00+07:00", "deliveredTo": "so-noi-vu", "means": "software" }
          ]
        }
        """;

    [Fact]
    public void Parse_ReadsInstantsWithoutTheHostTimeZone()
    {
        var e = EvidenceReader.Parse(Valid.Replace("+07:00", string.Empty, StringComparison.Ordinal));

        Assert.Equal(TimeSpan.FromHours(7), e.Reports[0].ReceivedAt.Offset);
        Assert.Equal(DeliveryMeans.Software, e.Reports[0].Means);
    }

    [Theory]
    // An impossible date names the path and the line.
    [InlineData("\"asOf\": \"2025-01-10\"", "\"asOf\": \"2025-02-30\"", "asOf", 3)]
    // An unknown field.
    [InlineData("\"means\": \"software\"", "\"means\": \"software\", \"colour\": 1", "reports[0].colour", 6)]
    // A $type payload is just an unknown member: input never chooses a type.
    [InlineData("\"schemaVersion\": 1,", "\"$type\": \"System.IO.FileInfo, System.IO.FileSystem\", \"schemaVersion\": 1,", "$type", 2)]
    // A wrong type.
    [InlineData("\"period\": 2024", "\"period\": \"hai nghìn\"", "reports[0].period", 6)]
    // A missing required member.
    [InlineData("\"id\": \"R1\", ", "", "reports[0]", 6)]
    // An unknown enum name.
    [InlineData("\"software\"", "\"pigeon\"", "reports[0].means", 6)]
    public void Parse_MalformedInput_NamesFilePathAndLine(string find, string replace, string path, int line)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(json, "bad.json"));

        Assert.Equal("bad.json", ex.FileName);
        Assert.StartsWith(path, ex.JsonPath, StringComparison.Ordinal);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains("bad.json", ex.Message);
    }

    [Fact]
    public void Parse_DuplicateKey_IsAnError()
    {
        var ex = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(Valid.Replace("\"asOf\": \"2025-01-10\",", "\"asOf\": \"2025-01-10\", \"asOf\": \"2025-01-11\",", StringComparison.Ordinal)));

        Assert.Equal(3, ex.LineNumber);
    }

    [Theory]
    // The same name written with an escape, and repeated in every one of many objects (member names are pooled).
    [InlineData("\"asOf\": \"2025-01-10\", \"\\u0061sOf\": \"2025-01-11\",")]
    [InlineData("\"asOf\": \"2025-01-10\", \"studies\": [{\"id\": \"A\"}, {\"id\": \"B\"}, {\"id\": \"C\", \"id\": \"D\"}],")]
    public void Parse_DuplicateKeyEscapedOrLateInAList_IsAnError(string members)
    {
        var ex = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(Valid.Replace("\"asOf\": \"2025-01-10\",", members, StringComparison.Ordinal)));

        Assert.Contains("already exists", ex.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public void Parse_Truncated_IsAnError()
    {
        var ex = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(Valid[..120], "cut.json"));

        Assert.Equal("cut.json", ex.FileName);
        Assert.NotNull(ex.LineNumber);
    }

    [Fact]
    public void Evaluate_UnknownBodyId_GetsTheLineOfTheFileItWasReadFrom()
    {
        var e = EvidenceReader.Parse(Valid.Replace("so-tai-chinh", "so-khong-co", StringComparison.Ordinal), "evidence.json");

        var ex = Assert.Throws<PlanRulesInputException>(() => ComplianceEvaluator.Create().Evaluate(e));

        Assert.Equal("evidence.json", ex.FileName);
        Assert.Equal("reports[0].body", ex.JsonPath);
        Assert.Equal(6, ex.LineNumber);
    }

    [Fact]
    public void Read_OverTheSizeLimit_IsRefusedBeforeReading()
    {
        using var stream = new MemoryStream(new byte[1024]);

        var ex = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Read(stream, "big.json", new JsonInputLimits(maxBytes: 100)));

        Assert.Contains("limit", ex.LocalizedReason.En);
    }

    [Fact]
    public void Read_TooDeep_IsRefused()
    {
        var deep = "{\"schemaVersion\":1,\"description\":" + new string('[', 40) + new string(']', 40) + "}";

        Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(deep));
    }

    [Fact]
    public void WriteThenRead_RoundTrips()
    {
        var e = EvidenceReader.Parse(Valid);

        var again = EvidenceReader.Parse(EvidenceWriter.Serialize(e));

        Assert.Equal(e.Reports[0], again.Reports[0] with { TaskResults = e.Reports[0].TaskResults });
        Assert.Equal(e.AsOf, again.AsOf);
    }

    [Fact]
    public void Evaluate_EvidenceAfterTheAsOfDate_IsLeftOutWithANote()
    {
        var e = EvidenceReader.Parse(Valid.Replace("2024-12-17T23:59:00+07:00", "2025-01-20T09:00:00+07:00", StringComparison.Ordinal));

        var report = ComplianceEvaluator.Create().Evaluate(e);

        Assert.Contains(report.Notes, n => n.Code == NoteCodes.EvidenceAfterAsOf && n.EvidenceId == "R1");
        Assert.Contains(report.Findings, f => f.Code == "REPORT_MISSING" && f.BodyId == "so-tai-chinh");
    }
}
