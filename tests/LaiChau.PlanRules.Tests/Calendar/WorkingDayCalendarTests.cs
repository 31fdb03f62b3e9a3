using System.Globalization;
using LaiChau.PlanRules.Calendar;

namespace LaiChau.PlanRules.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Vietnam = WorkingDayCalendar.Vietnam;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-12-14", 2, "2024-12-17")] // Sat 14/12/2024 (annual cut-off): Mon 16 is day 1, Tue 17 day 2
    [InlineData("2029-12-14", 2, "2029-12-18")] // Fri 14/12/2029 in a provisional year: the first day is not counted
    [InlineData("2025-01-24", 1, "2025-02-03")] // Fri before Tết 2025: the first working day after is Mon 3/2
    [InlineData("2025-04-25", 1, "2025-04-26")] // the swapped working Saturday 26/4/2025 counts
    [InlineData("2024-12-16", 0, "2024-12-16")] // 0 returns the date itself
    public void AddWorkingDays_Date_CountsWorkingDaysAfterIt(string start, int count, string expected)
    {
        // Act
        var result = Vietnam.AddWorkingDays(D(start), count);

        // Assert
        Assert.Equal(D(expected), result);
    }

    [Theory]
    [InlineData("2024-12-17", 2, "2024-12-13")] // Tue back over the weekend to Fri
    [InlineData("2025-02-03", 1, "2025-01-24")] // back over Tết 2025
    [InlineData("2024-12-17", 0, "2024-12-17")] // 0 returns the date itself
    public void SubtractWorkingDays_Date_CountsWorkingDaysBeforeIt(string start, int count, string expected)
    {
        // Act
        var result = Vietnam.SubtractWorkingDays(D(start), count);

        // Assert
        Assert.Equal(D(expected), result);
    }

    [Fact]
    public void SubtractWorkingDays_AfterAddWorkingDays_ReturnsTheWorkingStartDay()
    {
        for (var day = new DateOnly(2023, 12, 1); day <= new DateOnly(2028, 1, 31); day = day.AddDays(1))
        {
            if (!Vietnam.IsWorkingDay(day))
            {
                continue;
            }

            foreach (int count in new[] { 1, 2, 5, 10, 15 })
            {
                // Act
                var forward = Vietnam.AddWorkingDays(day, count);
                var back = Vietnam.SubtractWorkingDays(day, count);

                // Assert
                Assert.Equal(day, Vietnam.SubtractWorkingDays(forward, count));
                Assert.Equal(day, Vietnam.AddWorkingDays(back, count));
            }
        }
    }

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(new DateOnly(2025, 1, 1), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.SubtractWorkingDays(new DateOnly(2025, 1, 1), -1));
    }

    [Fact]
    public void AddWorkingDays_PastTheLastSupportedYear_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(new DateOnly(2199, 12, 31), 1));
    }

    [Theory]
    [InlineData("2024-12-14", "2024-12-16")] // Saturday rolls to Monday (Civil Code Art. 148(5))
    [InlineData("2024-12-16", "2024-12-16")] // a working day stays
    [InlineData("2025-01-25", "2025-02-03")] // Sat 25/1/2025, first day of the Tết break, rolls past it
    [InlineData("2026-02-14", "2026-02-23")] // Sat 14/2/2026, first day of the Tết break, rolls past it
    [InlineData("2026-04-26", "2026-04-28")] // Giỗ Tổ on Sunday, compensated on Monday: Tuesday
    [InlineData("2027-02-06", "2027-02-11")] // provisional Tết 2027: back on Thursday 11/2
    public void NextWorkingDayOnOrAfter_Date_RollsForwardToAWorkingDay(string date, string expected)
    {
        // Act
        var result = Vietnam.NextWorkingDayOnOrAfter(D(date));

        // Assert
        Assert.Equal(D(expected), result);
    }

    [Theory]
    [InlineData("2025-04-26", true)] // Saturday worked for the swapped Friday 2/5/2025
    [InlineData("2025-05-02", false)] // the swapped Friday
    [InlineData("2024-04-29", false)] // Monday swapped in 2024
    [InlineData("2024-05-04", true)] // Saturday worked for it
    [InlineData("2026-01-10", true)] // Saturday worked for the swapped Friday 2/1/2026
    [InlineData("2026-01-02", false)] // the swapped Friday
    [InlineData("2026-04-27", false)] // compensatory Monday for Giỗ Tổ on Sunday 26/4/2026
    [InlineData("2026-08-22", true)] // Saturday worked for the swapped Monday 31/8/2026
    [InlineData("2026-08-31", false)] // the swapped Monday
    [InlineData("2026-11-24", false)] // Tuesday 24/11: Vietnamese Culture Day, the first one (P)
    [InlineData("2025-11-24", true)] // Monday 24/11/2025: before the day off existed
    [InlineData("2024-12-16", true)] // an ordinary Monday
    [InlineData("2024-12-15", false)] // an ordinary Sunday
    [InlineData("2024-01-01", false)] // New Year's Day
    public void IsWorkingDay_BuiltInYears_FollowsTheAnnouncedSchedules(string date, bool expected)
    {
        // Act
        var working = Vietnam.IsWorkingDay(D(date));

        // Assert
        Assert.Equal(expected, working);
    }

    [Theory]
    [InlineData(2024, "2024-01-01,2024-02-08,2024-02-09,2024-02-12,2024-02-13,2024-02-14,2024-04-18,2024-04-29,2024-04-30,2024-05-01,2024-09-02,2024-09-03")]
    [InlineData(2025, "2025-01-01,2025-01-27,2025-01-28,2025-01-29,2025-01-30,2025-01-31,2025-04-07,2025-04-30,2025-05-01,2025-05-02,2025-09-01,2025-09-02")]
    [InlineData(2026, "2026-01-01,2026-01-02,2026-02-16,2026-02-17,2026-02-18,2026-02-19,2026-02-20,2026-04-27,2026-04-30,2026-05-01,2026-08-31,2026-09-01,2026-09-02,2026-11-24")]
    public void DaysOff_BuiltInYear_WeekdaysOffAreExactlyFactsSection6(int year, string expected)
    {
        // Act
        var weekdays = Vietnam.DaysOff(year)
            .Where(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected.Split(','), weekdays);
    }

    [Theory]
    [InlineData(2024, "2024-05-04")] // P in FACTS
    [InlineData(2025, "2025-04-26")]
    [InlineData(2026, "2026-01-10,2026-08-22")]
    public void WorkingWeekendDays_BuiltInYear_AreTheSwappedSaturdays(int year, string expected)
    {
        // Act
        var worked = Vietnam.WorkingWeekendDays(year).Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected.Split(','), worked);
    }

    [Theory]
    [InlineData("2024-01-01", Confidence.Partial)] // FACTS: off 1/1 (P)
    [InlineData("2025-01-01", Confidence.Partial)] // FACTS: off 1/1 (P)
    [InlineData("2024-04-29", Confidence.Partial)] // FACTS: the 2024 swap is P
    [InlineData("2024-04-18", Confidence.Confirmed)] // Giỗ Tổ 2024
    [InlineData("2026-01-02", Confidence.Confirmed)] // the 2026 New Year swap
    public void DayOffOn_BuiltInEntry_CarriesItsConfidence(string date, Confidence expected)
    {
        // Act
        var day = Vietnam.DayOffOn(D(date));

        // Assert
        Assert.NotNull(day);
        Assert.Equal(expected, day.Confidence);
        Assert.False(day.IsProvisional);
        Assert.False(string.IsNullOrWhiteSpace(day.Source));
    }

    [Fact]
    public void DayOffOn_27April2026_IsCompensatoryForGioTo()
    {
        // Act
        var day = Vietnam.DayOffOn(new DateOnly(2026, 4, 27));

        // Assert
        Assert.NotNull(day);
        Assert.Equal(DayOffKind.Compensatory, day.Kind);
        Assert.Contains("Giỗ Tổ", day.Name.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void DayOffOn_WeekendInsideTheTetBreak_IsListedForDisplay()
    {
        // Act
        var day = Vietnam.DayOffOn(new DateOnly(2025, 1, 25));

        // Assert
        Assert.NotNull(day);
        Assert.Equal(DayOffKind.LunarNewYear, day.Kind);
    }

    [Theory]
    [InlineData("2024-12-15")] // a plain Sunday
    [InlineData("2024-12-16")] // a working Monday
    [InlineData("2025-04-26")] // a working Saturday
    public void DayOffOn_WorkingDayOrPlainWeekend_IsNull(string date)
    {
        // Act
        var day = Vietnam.DayOffOn(D(date));

        // Assert
        Assert.Null(day);
    }

    [Fact]
    public void WorkingWeekendDayOn_SwappedSaturday_GivesTheReason()
    {
        // Act
        var worked = Vietnam.WorkingWeekendDayOn(new DateOnly(2025, 4, 26));
        var none = Vietnam.WorkingWeekendDayOn(new DateOnly(2025, 4, 27));

        // Assert
        Assert.NotNull(worked);
        Assert.Contains("02/5/2025", worked.Reason.Vi, StringComparison.Ordinal);
        Assert.Null(none);
    }

    [Theory]
    [InlineData(2023, true)] // before the built-in data: computed from the law
    [InlineData(2024, false)] // built in
    [InlineData(2025, false)] // built in
    [InlineData(2026, false)] // built in
    [InlineData(2027, true)] // not announced yet (FACTS: U)
    public void IsProvisional_Year_IsTrueOutsideTheBuiltInData(int year, bool expected)
    {
        // Act
        var provisional = Vietnam.IsProvisional(year);

        // Assert
        Assert.Equal(expected, provisional);
    }

    [Fact]
    public void Overrides_Vietnam_AreTheBuiltInAnnouncedYears()
    {
        // Act
        var builtIn = Vietnam.Overrides;

        // Assert
        Assert.Equal([2024, 2025, 2026], builtIn.AnnouncedYears);
        Assert.All(builtIn.AddDaysOff, d => Assert.False(d.IsProvisional));
        Assert.Empty(builtIn.RemoveDaysOff);
    }

    [Fact]
    public void IsWorkingDay_ProvisionalTet2027_DaysAround6FebruaryAreOff()
    {
        // Act
        var offDays = Enumerable.Range(4, 7).Select(d => Vietnam.IsWorkingDay(new DateOnly(2027, 2, d)));

        // Assert: Thu 4/2 to Wed 10/2 off; Wed 3/2 and Thu 11/2 worked.
        Assert.All(offDays, working => Assert.False(working));
        Assert.True(Vietnam.IsWorkingDay(new DateOnly(2027, 2, 3)));
        Assert.True(Vietnam.IsWorkingDay(new DateOnly(2027, 2, 11)));
        Assert.All(Vietnam.DaysOff(2027), d => Assert.True(d.IsProvisional && d.Confidence == Confidence.Unconfirmed));
    }

    [Fact]
    public void NonWorkingDaysBetween_AcrossTet2025_ListsTheSkippedDays()
    {
        // Act
        var skipped = Vietnam.NonWorkingDaysBetween(new DateOnly(2025, 1, 24), new DateOnly(2025, 2, 3));

        // Assert
        Assert.Equal(Enumerable.Range(0, 9).Select(i => new DateOnly(2025, 1, 25).AddDays(i)), skipped);
    }

    [Fact]
    public void NonWorkingDaysBetween_EmptyRange_IsEmpty()
    {
        // Act
        var skipped = Vietnam.NonWorkingDaysBetween(new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 2));

        // Assert
        Assert.Empty(skipped);
    }

    [Theory]
    [InlineData("1899-12-31")] // before 1900
    [InlineData("2200-01-01")] // after 2199
    public void IsWorkingDay_OutsideSupportedYears_Throws(string date)
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.IsWorkingDay(D(date)));
    }

    [Fact]
    public void WithOverrides_CalendarFile_Replaces2027AndAddsAndRemovesDays()
    {
        // Arrange
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "Calendar", "calendar-2027.json"));
        var overrides = CalendarOverrides.Load(file, "calendar-2027.json");

        // Act
        var calendar = Vietnam.WithOverrides(overrides);

        // Assert: 2027 is the file's: Thu 4/2 (provisional Tết day) works, Fri 12/2 is swapped, Sat 20/2 works.
        Assert.False(calendar.IsProvisional(2027));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 4)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 12)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        Assert.All(calendar.DaysOff(2027), d => Assert.False(d.IsProvisional));
        Assert.Equal(Confidence.Partial, calendar.DayOffOn(new DateOnly(2027, 2, 12))!.Confidence);
        Assert.Equal(Confidence.Confirmed, calendar.DayOffOn(new DateOnly(2027, 2, 5))!.Confidence);

        // 24/11/2026 replaced in a built-in year by the file's entry; 1/9/2028 removed from a provisional year.
        Assert.Equal(DayOffKind.HostDefined, calendar.DayOffOn(new DateOnly(2026, 11, 24))!.Kind);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 24)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2028, 9, 1)));
        Assert.True(calendar.IsProvisional(2028));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2028, 9, 4)));

        // The built-in 2026 data is still there, and the original calendar is unchanged.
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 10)));
        Assert.True(Vietnam.IsProvisional(2027));
        Assert.False(Vietnam.IsWorkingDay(new DateOnly(2027, 2, 4)));
        Assert.Equal(DayOffKind.CultureDay, Vietnam.DayOffOn(new DateOnly(2026, 11, 24))!.Kind);
    }

    [Fact]
    public void WithOverrides_AnnouncedBuiltInYear_DropsEveryBuiltInEntryOfThatYear()
    {
        // Arrange: a host re-announces 2025 with New Year's Day only.
        var newYear = new DayOff(new DateOnly(2025, 1, 1), DayOffKind.NewYear, new LocalizedText("Tết Dương lịch", "New Year's Day"),
            false, Confidence.Confirmed, "host");

        // Act
        var calendar = Vietnam.WithOverrides(new CalendarOverrides(addDaysOff: [newYear], announcedYears: [2025]));

        // Assert
        Assert.Equal([newYear], calendar.DaysOff(2025));
        Assert.Empty(calendar.WorkingWeekendDays(2025));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 1, 27)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 4, 26)));
    }

    [Fact]
    public void WithOverrides_RemovedSwappedDay_UndoesTheDayOffOnly()
    {
        // Act: remove the swapped Friday 2/5/2025 and its working Saturday 26/4/2025.
        var calendar = Vietnam.WithOverrides(new CalendarOverrides(removeDaysOff: [new DateOnly(2025, 5, 2), new DateOnly(2025, 4, 26)]));

        // Assert
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 5, 2)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 4, 26)));
        Assert.Null(calendar.DayOffOn(new DateOnly(2025, 5, 2)));
        Assert.Null(calendar.WorkingWeekendDayOn(new DateOnly(2025, 4, 26)));
    }

    [Fact]
    public void IsWorkingDay_CachedYear_AllocatesNothing()
    {
        // Arrange
        var start = new DateOnly(2025, 1, 1);
        _ = Vietnam.IsWorkingDay(start);
        int working = 0;

        // Act
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100_000; i++)
        {
            working += Vietnam.IsWorkingDay(start.AddDays(i % 365)) ? 1 : 0;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert
        Assert.Equal(0, allocated);
        Assert.InRange(working, 60_000, 75_000);
    }

    [Fact]
    public void IsWorkingDay_ParallelOverManyYears_GivesTheSequentialAnswers()
    {
        // Arrange: two fresh calendars (empty caches); dates ordered so that every thread starts on every year.
        var sequential = Vietnam.WithOverrides(CalendarOverrides.Empty);
        var parallel = Vietnam.WithOverrides(CalendarOverrides.Empty);
        var dates = (from dayOfYear in Enumerable.Range(0, 365)
                     from year in Enumerable.Range(1900, 300)
                     select new DateOnly(year, 1, 1).AddDays(dayOfYear)).ToArray();
        var expected = dates.Select(sequential.IsWorkingDay).ToArray();
        var actual = new bool[dates.Length];
        var lists = new IReadOnlyList<DayOff>[dates.Length];

        // Act
        Parallel.For(0, dates.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            actual[i] = parallel.IsWorkingDay(dates[i]);
            lists[i] = parallel.DaysOff(dates[i].Year);
        });

        // Assert: the same answers, and one cached schedule per year whichever thread built it.
        Assert.Equal(expected, actual);
        for (int i = 0; i < dates.Length; i++)
        {
            Assert.Same(parallel.DaysOff(dates[i].Year), lists[i]);
        }
    }
}
