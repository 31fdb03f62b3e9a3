using LaiChau.PlanRules.Calendar;

namespace LaiChau.PlanRules.Tests.Calendar;

public sealed class LunarDateTests
{
    [Theory]
    [InlineData(0, 1)] // month below 1
    [InlineData(13, 1)] // month above 12
    [InlineData(1, 0)] // day below 1
    [InlineData(1, 31)] // day above 30
    public void Constructor_ImpossibleMonthOrDay_Throws(int month, int day)
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2025, month, day, false));
    }

    [Fact]
    public void With_ImpossibleDay_Throws()
    {
        // Arrange
        var date = new LunarDate(2025, 1, 1, false);

        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => date with { Day = 31 });
    }

    [Theory]
    [InlineData(false, "10/3/2024")] // Giỗ Tổ 2024
    [InlineData(true, "10/3 nhuận/2024")] // a leap month is marked "nhuận"
    public void ToString_WritesDayMonthYear(bool isLeap, string expected)
    {
        // Arrange
        var date = new LunarDate(2024, 3, 10, isLeap);

        // Act
        var text = date.ToString();

        // Assert
        Assert.Equal(expected, text);
    }
}
