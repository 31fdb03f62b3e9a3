using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class PlanDocumentReferenceTests
{
    [Fact]
    public void Constructor_PartyDocument_KeepsNumberAndIssuerAsWritten()
    {
        // Act
        var reference = new PlanDocumentReference("44-CTr/TU", "Chương trình hành động", "Ban Thường vụ Tỉnh ủy", new DateOnly(2024, 3, 28), null, "ban-thuong-vu-tinh-uy");

        // Assert
        Assert.Equal("44-CTr/TU", reference.ToString());
        Assert.Equal("Ban Thường vụ Tỉnh ủy", reference.IssuerName);
        Assert.Null(reference.ShortName);
    }

    [Theory]
    // Why each row: a number with a space, an empty kind, a blank short name, an issuer id that is not an id.
    [InlineData("45 -NQ/TW", "Nghị quyết", null, null)]
    [InlineData("45-NQ/TW", "", null, null)]
    [InlineData("45-NQ/TW", "Nghị quyết", " ", null)]
    [InlineData("45-NQ/TW", "Nghị quyết", null, "BCH_TW")]
    public void Constructor_BadValue_Throws(string number, string kindName, string? shortName, string? issuerBodyId)
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => new PlanDocumentReference(number, kindName, "Ban Chấp hành Trung ương", null, shortName, issuerBodyId));
    }
}
