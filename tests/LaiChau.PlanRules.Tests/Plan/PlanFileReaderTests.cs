using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

/// <summary>Malformed plan files, read through <see cref="PlanDocument.Load"/>: each error names the file, the JSON path and the line.</summary>
public sealed class PlanFileReaderTests
{
    private static readonly string Valid = PlanTestFiles.SaveToString(PlanDocument.LaiChau);

    [Fact]
    public void Load_UnknownField_NamesItsPathAndLine()
    {
        // Arrange
        var json = Valid.Replace("\"place\": \"Lai Châu\",", "\"place\": \"Lai Châu\",\n  \"bogus\": true,");

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json, "lai-chau-plan.json"));

        // Assert
        Assert.Equal("lai-chau-plan.json", error.FileName);
        Assert.Equal("bogus", error.JsonPath);
        Assert.Equal(PlanTestFiles.LineOf(json, "\"bogus\""), error.LineNumber);
    }

    [Fact]
    public void Load_DuplicateClausePath_NamesTheSecondClause()
    {
        // Arrange: I.2 renamed I.1 (and its number with it).
        var json = Valid.Replace("\"path\": \"I.2\",\n          \"kind\": \"item\",\n          \"number\": \"2\"", "\"path\": \"I.1\",\n          \"kind\": \"item\",\n          \"number\": \"1\"");
        var second = PlanTestFiles.LineOf(json, "\"path\": \"I.1\",", occurrence: 2);

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json, "lai-chau-plan.json"));

        // Assert
        Assert.Contains("'I.1' is used twice", error.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("clauses[1].children[1].path", error.JsonPath);
        Assert.InRange(error.LineNumber!.Value, PlanTestFiles.ObjectStartAbove(json, second), second);
        Assert.Equal("lai-chau-plan.json", error.FileName);
    }

    [Fact]
    public void Load_TemplateCitingMissingClause_NamesTheTemplate()
    {
        // Arrange
        var json = Valid.Replace("\"clausePath\": \"III.1.d4\"", "\"clausePath\": \"III.1.d9\"");
        var line = PlanTestFiles.LineOf(json, "\"III.1.d9\"");

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json, "lai-chau-plan.json"));

        // Assert
        Assert.Contains("'III.1.d9'", error.Reason, StringComparison.Ordinal);
        Assert.Equal("obligationTemplates[0].clausePath", error.JsonPath);
        Assert.InRange(error.LineNumber!.Value, PlanTestFiles.ObjectStartAbove(json, line), line);
    }

    [Fact]
    public void Load_TruncatedFile_NamesWhereItEnds()
    {
        // Arrange
        var json = Valid[..(Valid.Length / 2)];

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json, "truncated.json"));

        // Assert
        Assert.Equal("truncated.json", error.FileName);
        Assert.NotNull(error.JsonPath);
        Assert.True(error.LineNumber >= json.Split('\n').Length - 1, $"line {error.LineNumber}");
    }

    [Fact]
    public void Load_WrongType_NamesTheField()
    {
        // Arrange
        var json = Valid.Replace("\"draftYear\": 2024", "\"draftYear\": \"năm 2024\"");

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json, "lai-chau-plan.json"));

        // Assert
        Assert.Equal("draftYear", error.JsonPath);
        Assert.Equal(PlanTestFiles.LineOf(json, "\"draftYear\""), error.LineNumber);
    }

    [Theory]
    // Why each row: each semantic rule of the format broken once; the JSON path it must name.
    [InlineData("\"schemaVersion\": 1,", "\"schemaVersion\": 2,", "schemaVersion")] // an unknown schema version
    [InlineData("\"kind\": \"annualReport\"", "\"kind\": \"yearlyReport\"", "obligationTemplates[0].kind")] // an unknown enum name
    [InlineData("\"path\": \"I.3\"", "\"path\": \"I.3.\"", "clauses[1].children[2].path")] // a malformed path
    [InlineData("\"path\": \"I.3\"", "\"path\": \"II.3\"", "clauses[1].children[2].path")] // a path under the wrong parent
    [InlineData("\"path\": \"II.1.1.p2\"", "\"path\": \"II.1.1.p3\"", "clauses[2].children[0].children[0].children[1].path")] // a paragraph out of order
    [InlineData("\"text\": \"tổ chức nghiên cứu, học tập quán triệt\"", "\"text\": \"tổ chức nghiên cứu, học tập, quán triệt\"", "clauses[3].children[0].children[0].text")] // a duty that is not a span
    [InlineData("\"issuerBodyId\": \"ubnd-tinh\"", "\"issuerBodyId\": \"UBND tỉnh\"", "issuerBodyId")] // a name where an id belongs
    [InlineData("\"signer\": \"Lê Văn Lương\"", "\"signer\": \"\"", "signer")] // an empty required string
    [InlineData("\"isPublished\": false,", "\"isPublished\": false, \"tasks\": [ { \"id\": \"a\", \"title\": \"T\", \"lead\": \"so-noi-vu\", \"timing\": \"2025\" } ],", "appendix.tasks")] // tasks in an unpublished appendix
    [InlineData("\"clausePath\": \"II.2.PL\"", "\"clausePath\": \"II.1.PL\"", "appendix.clausePath")] // an appendix where the plan has none
    [InlineData("\"kind\": \"duty\",\n              \"text\": \"Định kỳ", "\"kind\": \"item\",\n              \"text\": \"Định kỳ", "clauses[3].children[0].children[3].kind")] // a kind that is not the path's
    public void Load_BrokenRule_NamesThePath(string find, string replace, string jsonPath)
    {
        // Arrange
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var json = Valid.Replace(find, replace);

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json, "broken.json"));

        // Assert
        Assert.Equal(jsonPath, error.JsonPath);
        Assert.Equal("broken.json", error.FileName);
        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void Load_TemplateWithNoGroupsOrBodies_IsAnError()
    {
        // Arrange
        var json = Valid.Replace(
            "\"obligatedBodyIds\": [\n        \"so-noi-vu\"\n      ],\n      \"route\": {\n        \"addresseeBodyId\": \"ubnd-tinh\"\n      },\n      \"deadlinePolicy\": \"synthesis\"",
            "\"route\": {\n        \"addresseeBodyId\": \"ubnd-tinh\"\n      },\n      \"deadlinePolicy\": \"synthesis\"");

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json));

        // Assert
        Assert.Contains("obligates no one", error.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("obligationTemplates[4]", error.JsonPath);
    }

    [Fact]
    public void Load_StatedBasisNotInThePlan_IsAnError()
    {
        // Arrange
        var json = Valid.Replace("\"basis\": \"tổ chức nghiên cứu, học tập quán triệt\"", "\"basis\": \"tổ chức học tập\"");

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json));

        // Assert
        Assert.Equal("obligationTemplates[2].basis", error.JsonPath);
    }

    [Fact]
    public void Load_ReferencedDocumentNotInTheCitedClause_IsAnError()
    {
        // Arrange: 20-KH/TW is named only in CC.p1.
        var json = Valid.Replace("\"clausePaths\": [\n        \"CC.p1\"\n      ]", "\"clausePaths\": [\n        \"CC.p2\"\n      ]");

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadText(json));

        // Assert
        Assert.Equal("referencedDocuments[1].clausePaths[0]", error.JsonPath);
        Assert.Contains("20-KH/TW", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverTheSizeLimit_IsRefused()
    {
        // Arrange
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Valid));

        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanDocument.Load(stream, "big.json", new JsonInputLimits(maxBytes: 1000)));

        // Assert
        Assert.Equal("big.json", error.FileName);
    }
}
