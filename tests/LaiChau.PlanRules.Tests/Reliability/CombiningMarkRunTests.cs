using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Text normalisation cannot go quadratic: a run of more than 30 combining marks (the Unicode stream-safe limit,
/// UAX #15) in any text of the evidence or of a CSV register is an input error naming the limit, found in one
/// linear pass before anything is normalised. (No timing is asserted; before the limit 200,000 marks took many seconds.)
/// </summary>
public sealed class CombiningMarkRunTests
{
    // Alternating marks of two combining classes (acute 230, dot below 220): the worst case for canonical reordering.
    private static string Hostile(int marks) => "a" + string.Concat(Enumerable.Range(0, marks).Select(i => i % 2 == 0 ? '\u0301' : '\u0323'));

    private static readonly IncomingRegisterCsvOptions SoNoiVu = new() { RegisterOf = "so-noi-vu", Period = 2025 };

    [Fact]
    public void EvidenceReader_ADescriptionWith200000CombiningMarks_IsAnInputErrorAtItsPath()
    {
        var json = $$"""{ "schemaVersion": 1, "asOf": "2025-12-31",{{"\n"}}  "description": "{{Hostile(200_000)}}" }""";

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(json, "evidence.json"));

        Assert.Equal("description", e.JsonPath);
        Assert.Equal(2, e.LineNumber);
        Assert.Equal("evidence.json", e.FileName);
        Assert.Contains("30 combining marks", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Contains("UAX #15", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceReader_ThirtyMarksInARow_AreAcceptedAndNormalised()
    {
        var json = $$"""{ "schemaVersion": 1, "asOf": "2025-12-31", "description": "{{Hostile(30)}} Sở Nội vụ" }""";

        var evidence = EvidenceReader.Parse(json, "evidence.json");

        Assert.True(evidence.Description!.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.EndsWith("Sở Nội vụ", evidence.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceReader_MarksInAnIdOfAList_AreRefusedThere()
    {
        var json = $$"""{ "schemaVersion": 1, "reports": [ { "id": "{{Hostile(31)}}", "body": "so-noi-vu", "period": 2025, "receivedAt": "2025-12-01" } ] }""";

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(json, "evidence.json"));

        Assert.Equal("reports[0].id", e.JsonPath);
    }

    [Theory]
    [InlineData("Trích yếu")]
    [InlineData("Tác giả")]
    public void IncomingRegisterCsv_ACellWith200000CombiningMarks_IsAnInputErrorAtItsRowAndColumn(string column)
    {
        var sender = column == "Tác giả" ? Hostile(200_000) : "Sở Tài chính";
        var subject = column == "Trích yếu" ? Hostile(200_000) : "Báo cáo";
        var csv = $"Số đến,Ngày đến,Tác giả,Trích yếu\nSĐ-12,16/12/2025,{sender},{subject}\n";

        var e = Assert.Throws<PlanRulesInputException>(() => IncomingRegisterCsv.Read(new StringReader(csv), "so-den.csv", SoNoiVu));

        Assert.Equal(2, e.CsvRow);
        Assert.Equal(column, e.CsvColumn);
        Assert.Contains("30 combining marks", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void IncomingRegisterCsv_AHeaderWithTooManyMarks_IsAnInputError()
    {
        var csv = $"Số đến,Ngày đến,Tác giả,{Hostile(100)}\nSĐ-12,16/12/2025,Sở Tài chính,x\n";

        var e = Assert.Throws<PlanRulesInputException>(() => IncomingRegisterCsv.Read(new StringReader(csv), "so-den.csv", SoNoiVu));

        Assert.Contains("UAX #15", e.Reason, StringComparison.Ordinal);
    }
}
