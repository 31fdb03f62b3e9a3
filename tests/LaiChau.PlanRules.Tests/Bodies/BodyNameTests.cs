using System.Text;
using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed class BodyNameTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);

    [Theory]
    [InlineData("2025-02-28", true)] // the last day before validUntil
    [InlineData("2025-03-01", false)] // validUntil is exclusive
    [InlineData("1990-01-01", true)] // open start
    public void AppliesOn_OpenStartEndingMarch1_IsExclusiveAtEnd(string date, bool expected)
    {
        // Arrange
        var name = new BodyName("Sở Nông nghiệp và Phát triển nông thôn", null, null, March1);

        // Act
        var applies = name.AppliesOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected, applies);
    }

    [Theory]
    [InlineData("2025-02-28", false)] // the day before validFrom
    [InlineData("2025-03-01", true)] // validFrom is inclusive
    [InlineData("2099-12-31", true)] // open end
    public void AppliesOn_StartingMarch1_IsInclusiveAtStart(string date, bool expected)
    {
        var name = new BodyName("Sở Nông nghiệp và Môi trường", null, March1, null);

        var applies = name.AppliesOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, applies);
    }

    [Fact]
    public void Constructor_ValidUntilBeforeValidFrom_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new BodyName("Sở Tài chính", null, March1, March1.AddDays(-1)));

        Assert.Contains("must be after validFrom", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ValidUntilEqualToValidFrom_Throws()
    {
        // An empty period: the name would apply on no day at all.
        Assert.Throws<ArgumentException>(() => new BodyName("Sở Tài chính", null, March1, March1));
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("   ")] // blank
    public void Constructor_BlankVietnamese_Throws(string vi)
    {
        Assert.Throws<ArgumentException>(() => new BodyName(vi, null, null, null));
    }

    [Fact]
    public void Constructor_BlankEnglish_Throws()
    {
        Assert.Throws<ArgumentException>(() => new BodyName("Sở Y tế", " ", null, null));
    }

    [Fact]
    public void Constructor_NfdName_IsStoredInNfc()
    {
        var nfd = "Sở Nội vụ".Normalize(NormalizationForm.FormD);

        var name = new BodyName(nfd, null, null, null);

        Assert.Equal("Sở Nội vụ".Normalize(NormalizationForm.FormC), name.Vi);
    }

    [Fact]
    public void ToLocalizedText_NoEnglish_FallsBackToVietnamese()
    {
        var name = new BodyName("Sở Ngoại vụ", null, null, null);

        var text = name.ToLocalizedText();

        Assert.Equal("Sở Ngoại vụ", text.En);
    }
}
