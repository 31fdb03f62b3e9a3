using LaiChau.PlanRules.Calendar;

namespace LaiChau.PlanRules.Tests.Calendar;

public sealed class ProvisionalHolidayRuleTests
{
    [Theory]
    [InlineData(2021, 3)] // 2/9 Thursday: Friday 3/9 joins the weekend
    [InlineData(2022, 1)] // 2/9 Friday: 3/9 is a Saturday, so Thursday 1/9
    [InlineData(2023, 1)] // 2/9 Saturday: Friday 1/9, and Monday 4/9 compensates
    [InlineData(2024, 3)] // 2/9 Monday: 1/9 is a Sunday, so Tuesday 3/9
    [InlineData(2025, 1)] // 2/9 Tuesday: Monday 1/9 joins the weekend
    [InlineData(2026, 1)] // 2/9 Wednesday: neither neighbour touches a weekend, so the day before
    [InlineData(2029, 3)] // 2/9 Sunday: 1/9 is a Saturday, so Monday 3/9
    public void NationalDaySecondDay_EachWeekday_ReproducesTheNotices(int year, int expectedDay)
    {
        // Act
        var second = ProvisionalHolidayRule.NationalDaySecondDay(year);

        // Assert
        Assert.Equal(new DateOnly(year, 9, expectedDay), second);
    }

    [Fact]
    public void DaysOff_2027_EveryEntryIsProvisionalAndUnconfirmed()
    {
        // Act
        var days = ProvisionalHolidayRule.DaysOff(2027);

        // Assert
        Assert.NotEmpty(days);
        Assert.All(days, d =>
        {
            Assert.True(d.IsProvisional);
            Assert.Equal(Confidence.Unconfirmed, d.Confidence);
            Assert.Equal(ProvisionalHolidayRule.Source, d.Source);
        });
        Assert.Equal(days.OrderBy(d => d.Date), days);
    }

    [Fact]
    public void DaysOff_2027_TetOnSaturdayGetsTwoCompensatoryDays()
    {
        // Act: Tết 6/2/2027 is a Saturday; Tết days 4/2-8/2, Sat and Sun compensated on 9/2 and 10/2.
        var days = ProvisionalHolidayRule.DaysOff(2027).Where(d => d.Date.Month == 2).ToList();

        // Assert
        Assert.Equal(
            [new(2027, 2, 4), new(2027, 2, 5), new(2027, 2, 6), new(2027, 2, 7), new(2027, 2, 8), new(2027, 2, 9), new DateOnly(2027, 2, 10)],
            days.Select(d => d.Date));
        Assert.Equal(DayOffKind.Compensatory, days[^1].Kind);
        Assert.Equal(DayOffKind.Compensatory, days[^2].Kind);
        Assert.All(days.Take(5), d => Assert.Equal(DayOffKind.LunarNewYear, d.Kind));
    }

    [Fact]
    public void DaysOff_2023_HolidaysOnAWeekendAreCompensatedInDateOrder()
    {
        // Act: Giỗ Tổ Sat 29/4/2023, 30/4 Sunday, 1/5 Monday: compensated on Tue 2/5 and Wed 3/5 (as 2023 was).
        var days = ProvisionalHolidayRule.DaysOff(2023).Where(d => d.Date.Month is 4 or 5).ToList();

        // Assert
        Assert.Equal(
            [new(2023, 4, 29), new(2023, 4, 30), new(2023, 5, 1), new(2023, 5, 2), new DateOnly(2023, 5, 3)],
            days.Select(d => d.Date));
        Assert.Equal("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", days[3].Name.Vi);
        Assert.Equal("Nghỉ bù Ngày Chiến thắng 30/4", days[4].Name.Vi);
    }

    [Fact]
    public void DaysOff_2024_TetReproducesTheAnnouncedWeekdays()
    {
        // Act: the notice for 2024 gave 8/2-14/2: five Tết days and two days in lieu of Sat 10/2 and Sun 11/2.
        var weekdays = ProvisionalHolidayRule.DaysOff(2024)
            .Where(d => d.Date.Month == 2 && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(d => d.Date);

        // Assert
        Assert.Equal([new(2024, 2, 8), new(2024, 2, 9), new(2024, 2, 12), new(2024, 2, 13), new DateOnly(2024, 2, 14)], weekdays);
    }

    [Fact]
    public void DaysOff_2028_WeekendEnclosedInABreakIsListedWithTheBreakKind()
    {
        // Act: 1/9/2028 Fri (adjacent day), 2/9 Sat (holiday), Mon 4/9 (compensatory): Sun 3/9 lies inside.
        var sunday = ProvisionalHolidayRule.DaysOff(2028).Single(d => d.Date == new DateOnly(2028, 9, 3));

        // Assert
        Assert.Equal(DayOffKind.NationalDay, sunday.Kind);
        Assert.Equal("Quốc khánh 2/9 – ngày nghỉ hằng tuần", sunday.Name.Vi);
    }

    [Theory]
    [InlineData(2025)] // the last year before Vietnamese Culture Day became a day off
    [InlineData(2023)]
    public void DaysOff_Before2026_24NovemberIsAnOrdinaryDay(int year)
    {
        // Act
        var days = ProvisionalHolidayRule.DaysOff(year);

        // Assert: nothing in November at all.
        Assert.DoesNotContain(days, d => d.Date.Month == 11);
    }

    [Fact]
    public void DaysOff_EveryYear_ListsTheElevenHolidaysAndOneWeekdayInLieuOfEachDisplacedOne()
    {
        for (int year = 1900; year <= 2199; year++)
        {
            // Arrange: the 11 holidays of Art. 112(1) under the rule's choices, and 24/11 from 2026.
            var tet = VietnameseLunarCalendar.LunarNewYear(year);
            DateOnly[] holidays =
            [
                new(year, 1, 1), tet.AddDays(-2), tet.AddDays(-1), tet, tet.AddDays(1), tet.AddDays(2),
                VietnameseLunarCalendar.ToSolar(year, 3, 10), new(year, 4, 30), new(year, 5, 1), new(year, 9, 2),
                ProvisionalHolidayRule.NationalDaySecondDay(year),
                .. year >= ProvisionalHolidayRule.CultureDayFirstYear ? [new DateOnly(year, 11, 24)] : Array.Empty<DateOnly>(),
            ];
            var seen = new HashSet<DateOnly>();
            int displaced = holidays.Count(d =>
            {
                bool repeated = !seen.Add(d);
                return repeated || d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            });

            // Act
            var days = ProvisionalHolidayRule.DaysOff(year);

            // Assert: every holiday is off; one compensatory weekday per holiday on a weekend or on another holiday.
            Assert.All(holidays, h => Assert.Contains(days, d => d.Date == h && d.Kind != DayOffKind.Compensatory));
            var compensatory = days.Where(d => d.Kind == DayOffKind.Compensatory).ToList();
            Assert.Equal(displaced, compensatory.Count);
            Assert.All(compensatory, d => Assert.False(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
            Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
        }
    }

    [Fact]
    public void DaysOff_1947_GioToOn30AprilIsCompensatedOnTheNextWorkingDay()
    {
        // Act: 10/3 lunar fell on Wednesday 30/4/1947, the same day as Reunification Day; 1/5 is Thursday.
        var days = ProvisionalHolidayRule.DaysOff(1947).Where(d => d.Date.Month is 4 or 5).ToList();

        // Assert
        Assert.Equal([new(1947, 4, 30), new(1947, 5, 1), new DateOnly(1947, 5, 2)], days.Select(d => d.Date));
        Assert.Equal(DayOffKind.HungKings, days[0].Kind);
        Assert.Equal("Nghỉ bù Ngày Chiến thắng 30/4", days[2].Name.Vi);
    }

    [Theory]
    [InlineData(2027)] // the first provisional year after the first such day (24/11/2026)
    [InlineData(2030)]
    public void DaysOff_From2026_IncludeVietnameseCultureDay(int year)
    {
        var day = ProvisionalHolidayRule.DaysOff(year).Single(d => d.Date == new DateOnly(year, 11, 24));

        Assert.Equal(DayOffKind.CultureDay, day.Kind);
        Assert.True(day.IsProvisional);
    }

    [Fact]
    public void DaysOff_2028_CultureDayOnFridayIsAnOrdinaryDayOff()
    {
        // 24/11/2028 is a Friday: no compensation needed.
        var days = ProvisionalHolidayRule.DaysOff(2028);

        Assert.Contains(days, d => d.Date == new DateOnly(2028, 11, 24) && d.Kind == DayOffKind.CultureDay);
        Assert.DoesNotContain(days, d => d.Date == new DateOnly(2028, 11, 27));
    }

    [Fact]
    public void DaysOff_2029_CultureDayOnSaturdayIsMadeUpOnMonday()
    {
        // 24/11/2029 is a Saturday: Labour Code Art. 111(3) gives Monday 26/11.
        var days = ProvisionalHolidayRule.DaysOff(2029);

        Assert.Contains(days, d => d.Date == new DateOnly(2029, 11, 26) && d.Kind == DayOffKind.Compensatory);
    }
}
