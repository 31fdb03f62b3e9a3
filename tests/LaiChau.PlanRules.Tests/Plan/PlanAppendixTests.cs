using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class PlanAppendixTests
{
    // An illustrative appendix for the Lai Châu plan (its real appendix is not published): made up for the tests.
    private const string Published = """
        {
          "schemaVersion": 1,
          "isPublished": true,
          "tasks": [
            {
              "id": "t1",
              "title": "Rà soát chính sách thu hút nguồn nhân lực chất lượng cao",
              "lead": "so-noi-vu",
              "coordinating": [ "so-tai-chinh", "provincial-departments" ],
              "timing": "Quý III/2025",
              "product": "Báo cáo rà soát",
              "parentClause": "II.1.2"
            },
            {
              "id": "t2",
              "title": "Tuyên truyền về vai trò của đội ngũ trí thức",
              "lead": "district-committees",
              "timing": "Thường xuyên"
            }
          ]
        }
        """;

    [Fact]
    public void Load_PublishedFile_ReadsTheTasksUnderII2PL()
    {
        // Act
        var appendix = PlanTestFiles.LoadAppendixText(Published);

        // Assert
        Assert.True(appendix.IsPublished);
        Assert.Equal(PlanAppendix.DefaultClausePath, appendix.ClausePath);
        var first = appendix.Tasks[0];
        Assert.Equal(("t1", "II.2.PL.t1", "so-noi-vu", "II.1.2", "Báo cáo rà soát"), (first.Id, first.ClausePath, first.Lead, first.ParentClause, first.Product));
        Assert.Equal(["so-tai-chinh", "provincial-departments"], first.Coordinating);
        Assert.Equal(new DateOnly(2025, 9, 30), first.Timing.DueDate(null, TimingPolicy.Default));
        Assert.Empty(appendix.Tasks[1].Coordinating);
        Assert.Null(appendix.Tasks[1].ParentClause);
        Assert.Equal(TimingKind.Continuous, appendix.Tasks[1].Timing.Kind);
    }

    [Fact]
    public void WithAppendix_LaiChau_TasksBecomeClausesOfACopy()
    {
        // Arrange
        var appendix = PlanTestFiles.LoadAppendixText(Published);

        // Act
        var plan = PlanDocument.LaiChau.WithAppendix(appendix);

        // Assert
        var task = plan.Find("II.2.PL.t1");
        Assert.Equal(ClauseKind.AppendixTask, task.Kind);
        Assert.Equal("Rà soát chính sách thu hút nguồn nhân lực chất lượng cao", task.Text);
        Assert.Equal(["II.2.PL.t1", "II.2.PL.t2"], plan.Find("II.2.PL").Children.Select(c => c.Path));
        Assert.Contains(plan.Descendants(), c => c.Path == "II.2.PL.t2");
        Assert.False(PlanDocument.LaiChau.TryFind("II.2.PL.t1", out _));
        Assert.Equal(PlanDocument.LaiChau.Find("II.1.2").Text, plan.Find("II.1.2").Text);
    }

    [Fact]
    public void WithAppendix_ThenSaveAndLoad_KeepsTheTasks()
    {
        // Arrange
        var plan = PlanDocument.LaiChau.WithAppendix(PlanTestFiles.LoadAppendixText(Published));

        // Act
        var loaded = PlanTestFiles.LoadText(PlanTestFiles.SaveToString(plan));

        // Assert
        Assert.Equal(PlanTestFiles.SaveToString(plan), PlanTestFiles.SaveToString(loaded));
        Assert.Equal("Quý III/2025", loaded.Appendix.Tasks[0].Timing.Text);
    }

    [Fact]
    public void WithAppendix_ParentClauseNotInPlan_ThrowsNamingTheTask()
    {
        // Arrange
        var appendix = PlanTestFiles.LoadAppendixText(Published.Replace("\"II.1.2\"", "\"II.1.9\""));

        // Act
        var error = Assert.Throws<ArgumentException>(() => PlanDocument.LaiChau.WithAppendix(appendix));

        // Assert
        Assert.Contains("'t1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'II.1.9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAppendix_AppendixForAnotherPath_Throws()
    {
        // Arrange
        var appendix = PlanTestFiles.LoadAppendixText(Published.Replace("\"isPublished\": true,", "\"isPublished\": true, \"clausePath\": \"III.2.PL\","));

        // Act
        var error = Assert.Throws<ArgumentException>(() => PlanDocument.LaiChau.WithAppendix(appendix));

        // Assert
        Assert.Contains("'III.2.PL'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotPublishedWithoutNote_HasNoTasksAndADefaultNote()
    {
        // Act
        var appendix = PlanTestFiles.LoadAppendixText("""{ "schemaVersion": 1, "isPublished": false }""");

        // Assert
        Assert.False(appendix.IsPublished);
        Assert.Empty(appendix.Tasks);
        Assert.Contains("chưa được công bố", appendix.Note.Vi, StringComparison.Ordinal);
    }

    [Theory]
    // Why each row: each rule of the appendix file broken once, with the JSON path the error must name.
    [InlineData("""{ "isPublished": true, "tasks": [] }""", "schemaVersion")] // no schema version
    [InlineData("""{ "schemaVersion": 2, "isPublished": true }""", "schemaVersion")] // a version this library does not read
    [InlineData("""{ "schemaVersion": 1, "isPublished": false, "tasks": [ { "id": "a", "title": "T", "lead": "so-noi-vu", "timing": "2025" } ] }""", "tasks")] // tasks in an unpublished appendix
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "a", "title": "T", "lead": "so-noi-vu", "timing": "Quý V/2025" } ] }""", "tasks[0].timing")] // a bad completion time
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "a.b", "title": "T", "lead": "so-noi-vu", "timing": "2025" } ] }""", "tasks[0].id")] // a dot in a task id
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "a", "title": "T", "lead": "Sở Nội vụ", "timing": "2025" } ] }""", "tasks[0].lead")] // a name where an id belongs
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "a", "title": "T", "lead": "so-noi-vu", "coordinating": [ "so-noi-vu" ], "timing": "2025" } ] }""", "tasks[0].coordinating")] // the lead coordinating itself
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "a", "title": "T", "lead": "so-noi-vu", "timing": "2025", "parentClause": "NN.1" } ] }""", "tasks[0].parentClause")] // a recipient as parent
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "a", "title": "T", "lead": "so-noi-vu", "timing": "2025" }, { "id": "a", "title": "U", "lead": "so-noi-vu", "timing": "2025" } ] }""", "tasks[1]")] // a repeated task id
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "clausePath": "II.2" }""", "clausePath")] // not an appendix path
    public void Load_InvalidFile_ThrowsNamingFileAndPath(string json, string jsonPath)
    {
        // Act
        var error = Assert.Throws<PlanRulesInputException>(() => PlanTestFiles.LoadAppendixText(json, "bad-appendix.json"));

        // Assert
        Assert.Equal("bad-appendix.json", error.FileName);
        Assert.Equal(jsonPath, error.JsonPath);
        Assert.Equal(1, error.LineNumber);
    }
}
