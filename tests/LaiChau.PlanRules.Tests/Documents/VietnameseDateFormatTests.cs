using System.Text;
using LaiChau.PlanRules.Documents;

namespace LaiChau.PlanRules.Tests.Documents;

public sealed class VietnameseDateFormatTests
{
    [Theory]
    [InlineData(2024, 7, 9, "09/7/2024")] // 107/NQ-CP: day below 10 gets a zero, July none
    [InlineData(2025, 2, 28, "28/02/2025")] // Decree 45/2025/NĐ-CP: February gets a zero
    [InlineData(2025, 1, 1, "01/01/2025")] // January gets a zero too
    [InlineData(2023, 11, 24, "24/11/2023")] // 45-NQ/TW: two-digit day and month
    [InlineData(2024, 3, 28, "28/3/2024")] // 44-CTr/TU: March has no zero
    [InlineData(2024, 12, 5, "05/12/2024")] // December
    public void Citation_Date_WritesLeadingZerosByTheRule(int year, int month, int day, string expected)
    {
        // Act
        var text = VietnameseDateFormat.Citation(new DateOnly(year, month, day));

        // Assert
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(2024, 7, 9, "ngày 09 tháng 7 năm 2024")] // the example of Decree 30/2020
    [InlineData(2025, 2, 5, "ngày 05 tháng 02 năm 2025")] // February gets a zero
    [InlineData(2026, 1, 1, "ngày 01 tháng 01 năm 2026")] // January gets a zero
    [InlineData(2023, 11, 24, "ngày 24 tháng 11 năm 2023")] // no zeros needed
    [InlineData(2024, 10, 31, "ngày 31 tháng 10 năm 2024")] // October: two digits, no zero added
    public void Full_Date_WritesTheDateLine(int year, int month, int day, string expected)
    {
        // Act
        var text = VietnameseDateFormat.Full(new DateOnly(year, month, day));

        // Assert
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(2024, 7, 9, "09/07/2024")] // every part padded
    [InlineData(2025, 2, 28, "28/02/2025")] // same as the citation form for February
    [InlineData(2024, 12, 31, "31/12/2024")] // no padding needed
    public void Display_Date_IsDayMonthYear(int year, int month, int day, string expected)
    {
        // Act
        var text = VietnameseDateFormat.Display(new DateOnly(year, month, day));

        // Assert
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("09/7/2024", 2024, 7, 9)] // citation form
    [InlineData("9/7/2024", 2024, 7, 9)] // no leading zero
    [InlineData("09/07/2024", 2024, 7, 9)] // display form
    [InlineData("28/02/2025", 2025, 2, 28)] // February with a zero
    [InlineData("28/2/2025", 2025, 2, 28)] // February without
    [InlineData("ngày 09/7/2024", 2024, 7, 9)] // as cited after a number
    [InlineData("ngày 09 tháng 7 năm 2024", 2024, 7, 9)] // date line
    [InlineData("ngày 9 tháng 7 năm 2024", 2024, 7, 9)] // date line without zero
    [InlineData("ngày 05 tháng 02 năm 2025", 2025, 2, 5)] // February in words, with zero
    [InlineData("09 tháng 7 năm 2024", 2024, 7, 9)] // without "ngày"
    [InlineData("Ngày 09 tháng 7 năm 2024", 2024, 7, 9)] // capital at the start of a sentence
    [InlineData("  ngày  09  tháng 7 năm 2024 ", 2024, 7, 9)] // extra spaces
    [InlineData("29/02/2024", 2024, 2, 29)] // leap day
    public void TryParse_AcceptedForm_GivesTheDate(string text, int year, int month, int day)
    {
        // Act
        var parsed = VietnameseDateFormat.TryParse(text, out var date);

        // Assert
        Assert.True(parsed);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void TryParse_NfdText_GivesTheDate()
    {
        // Arrange
        var nfd = "ngày 09 tháng 7 năm 2024".Normalize(NormalizationForm.FormD);

        // Act
        var parsed = VietnameseDateFormat.TryParse(nfd, out var date);

        // Assert
        Assert.True(parsed);
        Assert.Equal(new DateOnly(2024, 7, 9), date);
    }

    [Theory]
    [InlineData("30/02/2025")] // February has no 30th
    [InlineData("29/02/2025")] // 2025 is not a leap year
    [InlineData("31/4/2024")] // April has 30 days
    [InlineData("00/7/2024")] // day zero
    [InlineData("09/13/2024")] // month 13
    [InlineData("09/0/2024")] // month zero
    [InlineData("ngày 30 tháng 02 năm 2025")] // impossible in words
    [InlineData("9/7/24")] // two-digit year
    [InlineData("2024-07-09")] // ISO is not a Vietnamese form
    [InlineData("09.7.2024")] // dots
    [InlineData("009/7/2024")] // three-digit day
    [InlineData("")] // nothing
    [InlineData("ngày")] // only the word
    [InlineData("ngày tháng năm 2024")] // the unfilled date line of a draft
    [InlineData("09/7/2024 của")] // trailing words
    [InlineData("tháng 7 năm 2024")] // no day
    public void TryParse_NotAValidDate_ReturnsFalse(string text)
    {
        // Act
        var parsed = VietnameseDateFormat.TryParse(text, out var date);

        // Assert
        Assert.False(parsed);
        Assert.Equal(default, date);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        // Act
        var parsed = VietnameseDateFormat.TryParse(null!, out _);

        // Assert
        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_EveryFormattedDateOfTwoYears_RoundTrips()
    {
        // Arrange
        var failures = new List<string>();

        // Act
        for (var date = new DateOnly(2024, 1, 1); date.Year < 2026; date = date.AddDays(1))
        {
            foreach (var text in new[] { VietnameseDateFormat.Citation(date), VietnameseDateFormat.Full(date), VietnameseDateFormat.Display(date) })
            {
                if (!VietnameseDateFormat.TryParse(text, out var parsed) || parsed != date) failures.Add(text);
            }
        }

        // Assert
        Assert.Empty(failures);
    }
}
