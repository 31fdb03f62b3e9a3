using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class ObligationTemplateTests
{
    private static readonly PlanDocument LaiChau = PlanDocument.LaiChau;

    [Theory]
    // Why each row: the six duties of the Lai Châu plan the rules know, each on the duty it cites.
    [InlineData("annual-report", "III.1.d4", ObligationKind.AnnualReport, ObligationFrequency.Annual, "annual-report", false)]
    [InlineData("implementation-plan", "III.1.d2", ObligationKind.ImplementationPlan, ObligationFrequency.Once, "implementation-plan", false)]
    [InlineData("study", "III.1.d1", ObligationKind.StudyAndDissemination, ObligationFrequency.Once, null, false)]
    [InlineData("inspection", "III.1.d3", ObligationKind.Inspection, ObligationFrequency.Annual, null, true)] // the duty is stated, its yearly frequency inferred (U)
    [InlineData("synthesis", "III.2.d2", ObligationKind.Synthesis, ObligationFrequency.Annual, "synthesis", true)]
    [InlineData("review", "III.2.d3", ObligationKind.Review, ObligationFrequency.Milestones, "review", false)]
    public void LaiChau_Template_CitesItsDuty(
        string id, string clausePath, ObligationKind kind, ObligationFrequency frequency, string? policy, bool inferred)
    {
        // Act
        var template = Assert.Single(LaiChau.ObligationTemplates, t => t.Id == id);

        // Assert
        Assert.Equal((clausePath, kind, frequency, policy, inferred), (template.ClausePath, template.Kind, template.Frequency, template.DeadlinePolicy, template.IsInferred));
        Assert.Equal(ClauseKind.Duty, LaiChau.Find(template.ClausePath).Kind);
        Assert.Null(template.StatedDeadline);
        Assert.False(string.IsNullOrWhiteSpace(template.Description.Vi));
        Assert.False(string.IsNullOrWhiteSpace(template.Description.En));
    }

    [Fact]
    public void LaiChau_AnnualReport_GoesToUbndTinhThroughSoNoiVuFromThreeGroups()
    {
        // Act
        var template = LaiChau.ObligationTemplates.Single(t => t.Id == "annual-report");

        // Assert
        Assert.Equal(new ExpectedRoute("ubnd-tinh", "so-noi-vu"), template.Route);
        Assert.Equal(["provincial-departments", "provincial-associations", "district-committees"], template.ObligatedGroupIds);
        Assert.Empty(template.ObligatedBodyIds);
        Assert.Equal(LaiChau.Find("III.1.d4").Text, template.Basis);
    }

    [Theory]
    // Why each row: the two templates of the Department of Home Affairs, sent straight to the committee.
    [InlineData("synthesis")]
    [InlineData("review")]
    public void LaiChau_SoNoiVuTemplate_IsDirectToUbndTinh(string id)
    {
        // Act
        var template = LaiChau.ObligationTemplates.Single(t => t.Id == id);

        // Assert
        Assert.Equal(["so-noi-vu"], template.ObligatedBodyIds);
        Assert.Empty(template.ObligatedGroupIds);
        Assert.Equal(new ExpectedRoute("ubnd-tinh", null), template.Route);
    }

    [Fact]
    public void LaiChau_Synthesis_IsInferredAndSaysFromWhat()
    {
        // Act
        var template = LaiChau.ObligationTemplates.Single(t => t.Id == "synthesis");

        // Assert
        Assert.True(template.IsInferred);
        Assert.Contains("(qua Sở Nội vụ)", template.Basis, StringComparison.Ordinal);
        Assert.Contains("Theo dõi, đôn đốc", template.Basis, StringComparison.Ordinal);
        Assert.Contains("Inferred", template.Description.En, StringComparison.Ordinal);
    }

    [Fact]
    public void LaiChau_StatedTemplates_QuoteThePlanVerbatim()
    {
        // Act
        var stated = LaiChau.ObligationTemplates.Where(t => !t.IsInferred).ToList();

        // Assert
        Assert.Equal(4, stated.Count); // not the synthesis (inferred) nor the inspection (its frequency is inferred)
        Assert.All(stated, t => Assert.Contains(t.Basis, LaiChau.Find("III").FullText, StringComparison.Ordinal));
    }

    [Theory]
    // Why each row: study and inspection are recorded only (no deadline); the others have one.
    [InlineData("study", true)]
    [InlineData("inspection", true)]
    [InlineData("annual-report", false)]
    [InlineData("review", false)]
    public void IsRecordedOnly_LaiChauTemplate_MeansNoDeadline(string id, bool recordedOnly)
    {
        // Act / Assert
        Assert.Equal(recordedOnly, LaiChau.ObligationTemplates.Single(t => t.Id == id).IsRecordedOnly);
    }

    [Fact]
    public void OtherProvince_StatedDeadline_TakesThePlaceOfAPolicy()
    {
        // Act
        var plan = PlanTestFiles.LoadOtherProvince();
        var implementation = plan.ObligationTemplates.Single(t => t.Id == "implementation-plan");

        // Assert: the plan states "trong Quý IV/2025"; the policy name stays for hosts that ignore stated deadlines.
        Assert.Equal(TimingKind.Quarter, implementation.StatedDeadline!.Kind);
        Assert.Equal(new DateOnly(2025, 12, 31), implementation.StatedDeadline.DueDate(null, TimingPolicy.Default));
        Assert.Equal("implementation-plan", implementation.DeadlinePolicy);
        Assert.False(implementation.IsRecordedOnly);
    }
}
