using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class ExpectedRouteTests
{
    [Fact]
    public void ToString_WithIntermediary_NamesBoth()
    {
        // Act / Assert
        Assert.Equal("ubnd-tinh (via so-noi-vu)", new ExpectedRoute("ubnd-tinh", "so-noi-vu").ToString());
    }

    [Theory]
    // Why each row: through the addressee itself, and an addressee that is not an id.
    [InlineData("ubnd-tinh", "ubnd-tinh")]
    [InlineData("UBND tỉnh", null)]
    public void Constructor_BadRoute_Throws(string addressee, string? via)
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => new ExpectedRoute(addressee, via));
    }
}
