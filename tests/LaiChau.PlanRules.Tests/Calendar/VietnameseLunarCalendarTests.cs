using System.Globalization;
using LaiChau.PlanRules.Calendar;

namespace LaiChau.PlanRules.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1968, "1968-01-29")] // Tết Mậu Thân: Vietnam (UTC+7 since 1967) a day before China
    [InlineData(1985, "1985-01-21")] // Vietnam a whole month before China (20/2/1985)
    [InlineData(2007, "2007-02-17")] // Vietnam a day before China (18/2/2007)
    [InlineData(2024, "2024-02-10")] // FACTS §6, the year of the built-in data
    [InlineData(2025, "2025-01-29")] // FACTS §6
    [InlineData(2026, "2026-02-17")] // FACTS §6
    [InlineData(2027, "2027-02-06")] // FACTS §6, the first provisional year
    [InlineData(2030, "2030-02-02")] // Vietnam a day before China (3/2/2030)
    public void LunarNewYear_KnownYears_MatchVietnameseCalendar(int year, string expected)
    {
        // Act
        var tet = VietnameseLunarCalendar.LunarNewYear(year);

        // Assert
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), tet);
    }

    [Theory]
    [InlineData(1985, "1985-02-20")] // China's Tết, a month later
    [InlineData(2007, "2007-02-18")] // China's Tết, a day later
    public void LunarNewYear_1985And2007_DiffersFromChineseLunisolarCalendarAtUtc8(int year, string chineseTet)
    {
        // Arrange: .NET's Chinese calendar reckons at UTC+8.
        var chinese = new ChineseLunisolarCalendar();
        var fromDotNet = DateOnly.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));

        // Act
        var vietnamese = VietnameseLunarCalendar.LunarNewYear(year);

        // Assert
        Assert.Equal(DateOnly.ParseExact(chineseTet, "yyyy-MM-dd", CultureInfo.InvariantCulture), fromDotNet);
        Assert.NotEqual(fromDotNet, vietnamese);
    }

    [Theory]
    [InlineData(2024, "2024-04-18")] // Thursday, built-in data
    [InlineData(2025, "2025-04-07")] // Monday, built-in data
    [InlineData(2026, "2026-04-26")] // Sunday: compensated on Monday 27/4/2026
    public void ToSolar_HungKingsDay_MatchesAnnouncedDate(int year, string expected)
    {
        // Act
        var gioTo = VietnameseLunarCalendar.ToSolar(year, 3, 10);

        // Assert
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), gioTo);
    }

    [Fact]
    public void FromSolar_EveryDayOfTheSupportedRange_RoundTripsThroughToSolar()
    {
        // Arrange
        var first = VietnameseLunarCalendar.MinSupportedDate;
        var last = VietnameseLunarCalendar.MaxSupportedDate;
        var previous = VietnameseLunarCalendar.FromSolar(first);

        for (var date = first; date <= last; date = date.AddDays(1))
        {
            // Act
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            var back = VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth);

            // Assert: the conversion is a bijection, and days follow each other (a month has 29 or 30 days).
            Assert.Equal(date, back);
            if (date > first)
            {
                bool nextDay = (lunar.Year, lunar.Month, lunar.IsLeapMonth, lunar.Day) == (previous.Year, previous.Month, previous.IsLeapMonth, previous.Day + 1);
                bool newMonth = lunar.Day == 1 && previous.Day is 29 or 30;
                Assert.True(nextDay || newMonth, $"{date:yyyy-MM-dd}: {previous} then {lunar}");
            }

            previous = lunar;
        }
    }

    [Fact]
    public void ToSolar_EveryMonthOf1900To2198_RoundTripsThroughFromSolar()
    {
        for (int year = 1900; year <= 2198; year++)
        {
            int? leap = VietnameseLunarCalendar.LeapMonth(year);
            for (int month = 1; month <= 12; month++)
            {
                foreach (bool isLeap in month == leap ? new[] { false, true } : new[] { false })
                {
                    // Act
                    var date = VietnameseLunarCalendar.ToSolar(year, month, 29, isLeap);

                    // Assert
                    Assert.Equal(new LunarDate(year, month, 29, isLeap), VietnameseLunarCalendar.FromSolar(date));
                }
            }
        }
    }

    [Theory]
    [InlineData(2023, 2)] // 2023 had a leap 2nd month (tháng 2 nhuận)
    [InlineData(2025, 6)] // 2025 had a leap 6th month (tháng 6 nhuận)
    [InlineData(2033, 11)] // the "2033 problem": a leap 11th month
    public void LeapMonth_LeapYear_IsTheKnownMonth(int year, int expected)
    {
        // Act
        var leap = VietnameseLunarCalendar.LeapMonth(year);

        // Assert
        Assert.Equal(expected, leap);
    }

    [Theory]
    [InlineData(2024)] // 12 months
    [InlineData(2026)] // 12 months
    public void LeapMonth_CommonYear_IsNull(int year)
    {
        // Act
        var leap = VietnameseLunarCalendar.LeapMonth(year);

        // Assert
        Assert.Null(leap);
    }

    [Fact]
    public void ToSolar_LeapMonth2Of2023_StartsAfterTheOrdinaryMonth2()
    {
        // Act
        var ordinary = VietnameseLunarCalendar.ToSolar(2023, 2, 1);
        var leap = VietnameseLunarCalendar.ToSolar(2023, 2, 1, isLeapMonth: true);
        var third = VietnameseLunarCalendar.ToSolar(2023, 3, 1);

        // Assert
        Assert.Equal(new DateOnly(2023, 2, 20), ordinary);
        Assert.Equal(new DateOnly(2023, 3, 22), leap);
        Assert.Equal(new DateOnly(2023, 4, 20), third);
    }

    [Fact]
    public void FromSolar_DayInLeapMonth6Of2025_IsMarkedLeap()
    {
        // Act
        var first = VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 7, 25));
        var after = VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 8, 23));

        // Assert
        Assert.Equal(new LunarDate(2025, 6, 1, IsLeapMonth: true), first);
        Assert.Equal(new LunarDate(2025, 7, 1, IsLeapMonth: false), after);
    }

    [Fact]
    public void FromSolar_DayBeforeTet_BelongsToThePreviousLunarYear()
    {
        // Act: 28/1/2025 is the last day of the 12th month of Giáp Thìn (2024), a 29-day month.
        var lunar = VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 1, 28));

        // Assert
        Assert.Equal(new LunarDate(2024, 12, 29, IsLeapMonth: false), lunar);
    }

    [Fact]
    public void ToSolar_LeapMonthTheYearDoesNotHave_Throws()
    {
        // Act + Assert: 2024 has no leap month at all.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 5, 1, isLeapMonth: true));
        Assert.Contains("no leap month 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSolar_Day30OfA29DayMonth_Throws()
    {
        // Act + Assert: the 12th month of 2024 has 29 days (Tết 2025 follows 28/1/2025).
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 12, 30));
        Assert.Equal("lunarDay", e.ParamName);
    }

    [Theory]
    [InlineData(2025, 0, 1)] // month 0
    [InlineData(2025, 13, 1)] // month 13
    [InlineData(2025, 1, 0)] // day 0
    [InlineData(2025, 1, 31)] // day 31
    [InlineData(1800, 1, 1)] // before the supported range
    [InlineData(2199, 12, 1)] // falls in January 2200, after the supported range
    public void ToSolar_ImpossibleOrUnsupportedDate_Throws(int year, int month, int day)
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(year, month, day));
    }

    [Theory]
    [InlineData(1899)] // the year before the range
    [InlineData(2200)] // the year after the range
    public void LunarNewYear_YearOutsideRange_Throws(int year)
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LunarNewYear(year));
    }

    [Theory]
    [InlineData("1899-12-31")] // the day before the range
    [InlineData("2200-01-01")] // the day after the range
    public void FromSolar_DateOutsideRange_Throws(string date)
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(
            () => VietnameseLunarCalendar.FromSolar(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FromSolar_FirstAndLastSupportedDays_AreConverted()
    {
        // Act
        var first = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinSupportedDate);
        var last = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxSupportedDate);

        // Assert: 1/1/1900 is in the 12th month of lunar 1899; 31/12/2199 in the 11th of lunar 2199.
        Assert.Equal((1899, 12), (first.Year, first.Month));
        Assert.Equal((2199, 11), (last.Year, last.Month));
    }
}
