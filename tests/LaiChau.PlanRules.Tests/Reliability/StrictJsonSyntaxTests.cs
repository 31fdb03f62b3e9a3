using System.Text;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Strict JSON, as documented: standard JSON only (a validating first pass with System.Text.Json's reader) and
/// integers only from integer tokens. Each refusal keeps the file, the JSON path, the line and the column.
/// </summary>
public sealed class StrictJsonSyntaxTests
{
    private const string Valid = "{ \"schemaVersion\": 1, \"reports\": [ { \"id\": \"A\", \"body\": \"so-noi-vu\", \"period\": 2025, \"receivedAt\": \"2025-12-01\" } ] }";

    [Theory]
    [InlineData("\"period\": \"2025\"", "reports[0].period")]     // a string where an integer is documented
    [InlineData("\"period\": 2025.5", "reports[0].period")]       // a fraction (was rounded to 2026)
    [InlineData("\"period\": 2025.0", "reports[0].period")]       // a fraction, even .0
    [InlineData("\"period\": 2.025e3", "reports[0].period")]      // an exponent
    [InlineData("\"period\": 03751", "reports[0].period")]        // a leading zero (was read as octal = 2025)
    [InlineData("\"period\": 0x7E9", "reports[0].period")]        // hex
    [InlineData("\"period\": NaN", "reports[0].period")]
    [InlineData("'period': 2025", "reports[0]")]                  // single quotes
    [InlineData("period: 2025", "reports[0]")]                    // an unquoted key
    [InlineData("\"period\": 2025, ", "reports[0].period")]       // a trailing comma
    [InlineData("\"period\": 2025 /* year */", "reports[0].period")] // a comment
    [InlineData("\"period\": 2025 // year\n", "reports[0].period")]
    public void Read_NonStandardJsonOrANonInteger_IsRefusedAtItsPath(string member, string path)
    {
        var json = "{ \"schemaVersion\": 1,\n  \"reports\": [ { \"id\": \"A\", \"body\": \"so-noi-vu\", \"receivedAt\": \"2025-12-01\", " + member + " } ] }";

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "evidence.json"));

        Assert.Equal("evidence.json", e.FileName);
        Assert.StartsWith(path, e.JsonPath, StringComparison.Ordinal);
        Assert.Equal(2, e.LineNumber);
        Assert.NotNull(e.LinePosition);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("1.0")]
    [InlineData("01")]
    public void Read_SchemaVersionNotAnInteger_IsRefused(string version)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse("{ \"schemaVersion\": " + version + " }", "evidence.json"));

        Assert.Equal("schemaVersion", e.JsonPath);
        Assert.Equal(1, e.LineNumber);
    }

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u001B')]
    [InlineData('\n')]
    [InlineData('\t')]
    public void Read_ARawControlCharacterInsideAString_IsRefused(char c)
    {
        var json = "{ \"schemaVersion\": 1, \"description\": \"a" + c + "b\" }";

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(json, "evidence.json"));

        Assert.Equal("description", e.JsonPath);
        Assert.NotNull(e.LineNumber);
    }

    [Fact]
    public void Read_ATruncatedInput_SaysSoPlainly()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse("{ \"schemaVersion\": 1,\n \"reports\": [ {} \n", "evidence.json"));

        Assert.Contains("truncated", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.LineNumber);
    }

    [Fact]
    public void Read_TheColumnCountsCharactersNotBytes()
    {
        var json = "{ \"schemaVersion\": 1, \"description\": \"Sở Nội vụ\", \"x\": 01 }";

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(json, "evidence.json"));

        Assert.Equal("x", e.JsonPath);
        Assert.Equal(json.IndexOf("01", StringComparison.Ordinal) + 2, e.LinePosition);
    }

    [Fact]
    public void Read_Utf16_IsRefused_Utf8WithOrWithoutBom_Accepted()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Valid)).ToArray();
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Read(new MemoryStream(utf16), "evidence.json"));

        Assert.Contains("UTF-8", e.Reason, StringComparison.Ordinal);
        Assert.Single(EvidenceReader.Read(new MemoryStream(bom), "evidence.json").Reports);
        Assert.Single(EvidenceReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Valid)), "evidence.json").Reports);
    }

    [Fact]
    public void Load_ACatalogFile_MayHaveComments_AsItsDocsSay()
    {
        var catalog = BodyCatalog.LaiChau.WithOverrides(new MemoryStream(Encoding.UTF8.GetBytes("{ // host corrections\n \"schemaVersion\": 1, /* none yet */ \"bodies\": [] }")), "bodies.json");

        Assert.True(catalog.TryGet("so-noi-vu", out _));
    }

    [Fact]
    public void Load_OtherFormatsGoThroughTheSamePass()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => BodyCatalog.LaiChau.WithOverrides(new MemoryStream(Encoding.UTF8.GetBytes("{ \"schemaVersion\": 1, \"bodies\": [], }")), "bodies.json"));

        Assert.Equal("bodies.json", e.FileName);
        Assert.NotNull(e.LineNumber);
    }
}
