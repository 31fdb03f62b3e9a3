using LaiChau.PlanRules.Calendar;

namespace LaiChau.PlanRules.Tests.Calendar;

public sealed class DayOffTests
{
    private static readonly LocalizedText Name = new("Tết Dương lịch", "New Year's Day");

    [Fact]
    public void Constructor_ValidValues_KeepsThem()
    {
        // Act
        var day = new DayOff(new DateOnly(2027, 1, 1), DayOffKind.NewYear, Name, true, Confidence.Unconfirmed, "Bộ luật Lao động 2019");

        // Assert
        Assert.Equal(new DateOnly(2027, 1, 1), day.Date);
        Assert.Equal(DayOffKind.NewYear, day.Kind);
        Assert.Same(Name, day.Name);
        Assert.True(day.IsProvisional);
        Assert.Equal(Confidence.Unconfirmed, day.Confidence);
        Assert.Equal("Bộ luật Lao động 2019", day.Source);
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("   ")] // blank
    public void Constructor_BlankSource_Throws(string source)
    {
        // Act + Assert
        Assert.Throws<ArgumentException>(() => new DayOff(new DateOnly(2027, 1, 1), DayOffKind.NewYear, Name, false, Confidence.Confirmed, source));
    }

    [Fact]
    public void Constructor_NullName_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentNullException>(() => new DayOff(new DateOnly(2027, 1, 1), DayOffKind.NewYear, null!, false, Confidence.Confirmed, "x"));
    }

    [Fact]
    public void Constructor_BlankVietnameseName_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>(() => new DayOff(
            new DateOnly(2027, 1, 1), DayOffKind.NewYear, new LocalizedText(" ", "New Year's Day"), false, Confidence.Confirmed, "x"));
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => new DayOff(new DateOnly(2027, 1, 1), (DayOffKind)99, Name, false, Confidence.Confirmed, "x"));
    }

    [Fact]
    public void With_BlankSource_Throws()
    {
        // Arrange
        var day = new DayOff(new DateOnly(2027, 1, 1), DayOffKind.NewYear, Name, false, Confidence.Confirmed, "x");

        // Act + Assert
        Assert.Throws<ArgumentException>(() => day with { Source = "" });
    }
}
