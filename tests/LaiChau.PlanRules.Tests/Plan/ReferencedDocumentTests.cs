using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class ReferencedDocumentTests
{
    private static readonly PlanDocumentReference Plan271 =
        new("271-KH/BCSD", "Kế hoạch", "Ban cán sự đảng UBND tỉnh", new DateOnly(2024, 5, 27), null, "ban-can-su-dang-ubnd-tinh");

    [Fact]
    public void Equals_SamePathsInOtherLists_AreEqual()
    {
        // Act / Assert
        Assert.Equal(new ReferencedDocument(Plan271, ["I.3", "III.1"]), new ReferencedDocument(Plan271, new List<string> { "I.3", "III.1" }));
    }

    [Theory]
    // Why each row: no path, a malformed path, the same path twice.
    [InlineData("")]
    [InlineData("I.3.")]
    [InlineData("I.3,I.3")]
    public void Constructor_BadPaths_Throws(string commaSeparatedPaths)
    {
        // Arrange
        var paths = commaSeparatedPaths.Split(',', StringSplitOptions.RemoveEmptyEntries);

        // Act / Assert
        Assert.Throws<ArgumentException>(() => new ReferencedDocument(Plan271, paths));
    }
}
