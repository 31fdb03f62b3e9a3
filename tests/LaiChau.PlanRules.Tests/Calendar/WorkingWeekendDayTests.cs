using LaiChau.PlanRules.Calendar;

namespace LaiChau.PlanRules.Tests.Calendar;

public sealed class WorkingWeekendDayTests
{
    private static readonly LocalizedText Reason = new("Làm bù", "Make-up working day");

    [Theory]
    [InlineData(2025, 4, 26)] // Saturday
    [InlineData(2025, 4, 27)] // Sunday
    public void Constructor_WeekendDate_IsAccepted(int year, int month, int day)
    {
        // Act
        var worked = new WorkingWeekendDay(new DateOnly(year, month, day), Reason, false, Confidence.Confirmed, "x");

        // Assert
        Assert.Equal(new DateOnly(year, month, day), worked.Date);
    }

    [Fact]
    public void Constructor_Wednesday_Throws()
    {
        // Act + Assert
        var e = Assert.Throws<ArgumentException>(() => new WorkingWeekendDay(new DateOnly(2027, 2, 17), Reason, false, Confidence.Confirmed, "x"));
        Assert.Contains("Wednesday", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_Weekday_Throws()
    {
        // Arrange
        var worked = new WorkingWeekendDay(new DateOnly(2025, 4, 26), Reason, false, Confidence.Confirmed, "x");

        // Act + Assert
        Assert.Throws<ArgumentException>(() => worked with { Date = new DateOnly(2025, 4, 28) });
    }

    [Fact]
    public void Constructor_NullReason_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentNullException>(() => new WorkingWeekendDay(new DateOnly(2025, 4, 26), null!, false, Confidence.Confirmed, "x"));
    }

    [Fact]
    public void Constructor_BlankSource_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>(() => new WorkingWeekendDay(new DateOnly(2025, 4, 26), Reason, false, Confidence.Confirmed, " "));
    }
}
