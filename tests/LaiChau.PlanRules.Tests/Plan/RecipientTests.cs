using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class RecipientTests
{
    [Fact]
    public void ToString_WithPurpose_IsTheLineAsWritten()
    {
        // Act / Assert
        Assert.Equal("Bộ Nội vụ (để b/c)", new Recipient("Bộ Nội vụ", "bo-noi-vu", null, "để b/c").ToString());
    }

    [Fact]
    public void Constructor_BodyAndGroup_Throws()
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => new Recipient("Sở Nội vụ", "so-noi-vu", "provincial-departments", null));
    }

    [Theory]
    // Why each row: an empty text, a text with a trailing space, and an id that is a name.
    [InlineData("", null)]
    [InlineData("Bộ Nội vụ ", null)]
    [InlineData("Bộ Nội vụ", "Bộ Nội vụ")]
    public void Constructor_BadValue_Throws(string text, string? bodyId)
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => new Recipient(text, bodyId, null, null));
    }
}
