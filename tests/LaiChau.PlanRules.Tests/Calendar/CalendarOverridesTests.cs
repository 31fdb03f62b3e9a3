using System.Text;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Tests.Calendar;

public sealed class CalendarOverridesTests
{
    private static readonly LocalizedText Name = new("Ngày nghỉ", "Day off");

    private static CalendarOverrides LoadText(string json) =>
        CalendarOverrides.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "calendar.json");

    private static DayOff Off(int year, int month, int day, string source = "host") =>
        new(new DateOnly(year, month, day), DayOffKind.HostDefined, Name, false, Confidence.Confirmed, source);

    private static WorkingWeekendDay Worked(int year, int month, int day, string source = "host") =>
        new(new DateOnly(year, month, day), Name, false, Confidence.Confirmed, source);

    [Fact]
    public void Load_ExampleFile_ReadsEveryField()
    {
        // Arrange
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "Calendar", "calendar-2027.json"));

        // Act
        var overrides = CalendarOverrides.Load(file, "calendar-2027.json");

        // Assert
        Assert.Equal([2027], overrides.AnnouncedYears);
        Assert.Equal([new DateOnly(2028, 9, 1)], overrides.RemoveDaysOff);
        Assert.Equal(16, overrides.AddDaysOff.Count);
        var culture = overrides.AddDaysOff[0];
        Assert.Equal(new DateOnly(2026, 11, 24), culture.Date);
        Assert.Equal(DayOffKind.HostDefined, culture.Kind);
        Assert.Equal(new LocalizedText("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day"), culture.Name);
        Assert.Equal(Confidence.Unconfirmed, culture.Confidence);
        Assert.False(culture.IsProvisional);
        var worked = Assert.Single(overrides.WorkingWeekendDays);
        Assert.Equal(new DateOnly(2027, 2, 20), worked.Date);
        Assert.Equal(Confidence.Partial, worked.Confidence);
        Assert.StartsWith("Làm bù", worked.Reason.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EntryWithoutConfidence_IsConfirmed()
    {
        // Act
        var overrides = LoadText("""
            { "schemaVersion": 1,
              "daysOff": [{"date": "2027-02-05", "kind": "lunarNewYear", "nameVi": "Tết Nguyên đán", "nameEn": "Lunar New Year", "source": "Thông báo số 1/TB-BNV"}] }
            """);

        // Assert
        var day = Assert.Single(overrides.AddDaysOff);
        Assert.Equal(Confidence.Confirmed, day.Confidence);
        Assert.Equal(DayOffKind.LunarNewYear, day.Kind);
        Assert.Equal("Thông báo số 1/TB-BNV", day.Source);
        Assert.Empty(overrides.AnnouncedYears);
    }

    [Fact]
    public void Load_DecomposedVietnamese_IsNormalisedToNfc()
    {
        // Act: "Tết" written with a combining accent.
        var overrides = LoadText("""
            { "schemaVersion": 1,
              "daysOff": [{"date": "2027-02-05", "kind": "lunarNewYear", "nameVi": "Te\u0302\u0301t", "nameEn": "Tet", "source": "x"}] }
            """);

        // Assert
        Assert.Equal("Tết", overrides.AddDaysOff[0].Name.Vi);
    }

    [Fact]
    public void Load_UnknownField_ThrowsWithPathAndLine()
    {
        // Act
        var e = Assert.Throws<PlanRulesInputException>(() => LoadText("""
            {
              "schemaVersion": 1,
              "daysOff": [
                {"date": "2027-02-05", "kind": "lunarNewYear", "nameVi": "Tết", "nameEn": "Tết", "source": "x", "colour": "red"}
              ]
            }
            """));

        // Assert
        Assert.Equal("calendar.json", e.FileName);
        Assert.Equal("daysOff[0].colour", e.JsonPath);
        Assert.Equal(4, e.LineNumber);
    }

    [Fact]
    public void Load_ImpossibleDate_ThrowsWithPathAndLine()
    {
        // Act
        var e = Assert.Throws<PlanRulesInputException>(() => LoadText("""
            {
              "schemaVersion": 1,
              "removeDaysOff": [
                "2027-09-03",
                "2027-02-30"
              ]
            }
            """));

        // Assert
        Assert.Equal("removeDaysOff[1]", e.JsonPath);
        Assert.Equal(5, e.LineNumber);
        Assert.Contains("28 is the last day of month 2", e.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ImpossibleDateInADayOff_ThrowsWithPathAndLine()
    {
        // Act
        var e = Assert.Throws<PlanRulesInputException>(() => LoadText("""
            {
              "schemaVersion": 1,
              "daysOff": [
                {"date": "2027-02-30", "kind": "lunarNewYear", "nameVi": "Tết", "nameEn": "Tết", "source": "x"}
              ]
            }
            """));

        // Assert
        Assert.Equal("daysOff[0].date", e.JsonPath);
        Assert.Equal(4, e.LineNumber);
    }

    [Fact]
    public void Load_WednesdayAsWorkingWeekendDay_ThrowsWithPathAndLine()
    {
        // Act
        var e = Assert.Throws<PlanRulesInputException>(() => LoadText("""
            {
              "schemaVersion": 1,
              "workingWeekendDays": [
                {"date": "2027-02-17", "reasonVi": "Làm bù", "reasonEn": "Make-up day", "source": "x"}
              ]
            }
            """));

        // Assert
        Assert.Equal("workingWeekendDays[0].date", e.JsonPath);
        Assert.Equal(4, e.LineNumber);
        Assert.Contains("Wednesday", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedJson_ThrowsWithPathAndLine()
    {
        // Act
        var e = Assert.Throws<PlanRulesInputException>(() => LoadText("""
            {
              "schemaVersion": 1,
              "removeDaysOff": ["2027-09-03",
            """));

        // Assert
        Assert.Equal("calendar.json", e.FileName);
        Assert.NotNull(e.JsonPath);
        Assert.Equal(3, e.LineNumber);
    }

    [Fact]
    public void Load_DateBothAddedAndRemoved_ThrowsAtTheRemoval()
    {
        // Act
        var e = Assert.Throws<PlanRulesInputException>(() => LoadText("""
            {
              "schemaVersion": 1,
              "daysOff": [{"date": "2027-09-03", "kind": "nationalDay", "nameVi": "Quốc khánh", "nameEn": "National Day", "source": "x"}],
              "removeDaysOff": [
                "2027-09-03"
              ]
            }
            """));

        // Assert
        Assert.Equal("removeDaysOff[0]", e.JsonPath);
        Assert.Equal(5, e.LineNumber);
        Assert.Contains("both daysOff and removeDaysOff", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 2 }""", "schemaVersion")] // a future version
    [InlineData("""{ "announcedYears": [2027] }""", "schemaVersion")] // missing version
    [InlineData("""{ "schemaVersion": 1, "announcedYears": [2027, 2027] }""", "announcedYears[1]")] // listed twice
    [InlineData("""{ "schemaVersion": 1, "announcedYears": [2300] }""", "announcedYears[0]")] // outside 1900-2199
    [InlineData("""{ "schemaVersion": 1, "announcedYears": ["2027"] }""", "announcedYears[0]")] // a string, not a number
    [InlineData("""{ "schemaVersion": 1, "daysOff": [{"date": "2027-02-05", "kind": "lunarNewYear", "nameVi": "Tết", "nameEn": "Tết"}] }""", "daysOff[0].source")] // source missing
    [InlineData("""{ "schemaVersion": 1, "daysOff": [{"date": "2027-02-05", "kind": "holiday", "nameVi": "Tết", "nameEn": "Tết", "source": "x"}] }""", "daysOff[0].kind")] // unknown kind
    [InlineData("""{ "schemaVersion": 1, "daysOff": [{"date": "2027-02-05", "kind": "lunarNewYear", "nameVi": " ", "nameEn": "Tết", "source": "x"}] }""", "daysOff[0].nameVi")] // blank name
    [InlineData("""{ "schemaVersion": 1, "daysOff": [{"date": "2027-02-05", "kind": "lunarNewYear", "nameVi": "Tết", "nameEn": "Tết", "source": "x", "confidence": "sure"}] }""", "daysOff[0].confidence")] // unknown confidence
    [InlineData("""{ "schemaVersion": 1, "removeDaysOff": ["2027-09-03", "2027-09-03"] }""", "removeDaysOff[1]")] // listed twice
    [InlineData("""{ "schemaVersion": 1, "workingWeekendDays": [{"date": "2027-02-20", "reasonVi": "Làm bù", "reasonEn": "Make-up", "source": "x"}], "removeDaysOff": ["2027-02-20"] }""", "workingWeekendDays[0].date")] // worked and removed
    public void Load_InvalidContent_ThrowsNamingThePath(string json, string expectedPath)
    {
        // Act
        var e = Assert.Throws<PlanRulesInputException>(() => LoadText(json));

        // Assert
        Assert.Equal(expectedPath, e.JsonPath);
        Assert.Equal(1, e.LineNumber);
    }

    [Fact]
    public void Load_UnknownKind_ListsTheAllowedKinds()
    {
        // Act
        var e = Assert.Throws<PlanRulesInputException>(() => LoadText("""
            { "schemaVersion": 1, "daysOff": [{"date": "2027-11-24", "kind": "holiday", "nameVi": "Ngày", "nameEn": "Day", "source": "x"}] }
            """));

        // Assert
        Assert.Contains("newYear, lunarNewYear, hungKings, reunificationDay, labourDay, nationalDay, compensatory, swapped, hostDefined", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InputOverTheSizeLimit_Throws()
    {
        // Arrange
        var json = """{ "schemaVersion": 1, "removeDaysOff": [] }""";

        // Act + Assert
        Assert.Throws<PlanRulesInputException>(() => CalendarOverrides.Load(
            new MemoryStream(Encoding.UTF8.GetBytes(json)), "calendar.json", new JsonInputLimits(maxBytes: 10)));
    }

    [Fact]
    public void Constructor_NoArguments_IsEmpty()
    {
        // Act
        var overrides = new CalendarOverrides();

        // Assert
        Assert.Empty(overrides.AddDaysOff);
        Assert.Empty(overrides.RemoveDaysOff);
        Assert.Empty(overrides.WorkingWeekendDays);
        Assert.Empty(overrides.AnnouncedYears);
        Assert.Empty(CalendarOverrides.Empty.AddDaysOff);
    }

    [Fact]
    public void Constructor_UnsortedLists_AreSorted()
    {
        // Act
        var overrides = new CalendarOverrides(
            addDaysOff: [Off(2027, 5, 3), Off(2027, 1, 1)],
            removeDaysOff: [new DateOnly(2028, 9, 1), new DateOnly(2028, 1, 3)],
            announcedYears: [2029, 2027]);

        // Assert
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 5, 3)], overrides.AddDaysOff.Select(d => d.Date));
        Assert.Equal([new DateOnly(2028, 1, 3), new DateOnly(2028, 9, 1)], overrides.RemoveDaysOff);
        Assert.Equal([2027, 2029], overrides.AnnouncedYears);
    }

    [Fact]
    public void Constructor_DateAddedAndRemoved_Throws()
    {
        // Act + Assert
        var e = Assert.Throws<ArgumentException>(() => new CalendarOverrides(addDaysOff: [Off(2027, 9, 3)], removeDaysOff: [new DateOnly(2027, 9, 3)]));
        Assert.Equal("removeDaysOff", e.ParamName);
    }

    [Fact]
    public void Constructor_DayOffAndWorkingWeekendDayOnOneDate_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>(() => new CalendarOverrides(addDaysOff: [Off(2027, 2, 20)], workingWeekendDays: [Worked(2027, 2, 20)]));
    }

    [Fact]
    public void Constructor_DuplicateDayOff_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>(() => new CalendarOverrides(addDaysOff: [Off(2027, 1, 1), Off(2027, 1, 1, "other")]));
    }

    [Fact]
    public void Constructor_NullEntry_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentNullException>(() => new CalendarOverrides(addDaysOff: [null!]));
    }

    [Theory]
    [InlineData(1899)] // before 1900
    [InlineData(2200)] // after 2199
    public void Constructor_YearOutsideRange_Throws(int year)
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarOverrides(announcedYears: [year]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarOverrides(removeDaysOff: [new DateOnly(year, 6, 1)]));
    }

    [Fact]
    public void Merge_SameDate_LaterEntryWins()
    {
        // Arrange
        var earlier = new CalendarOverrides(addDaysOff: [Off(2027, 11, 24, "earlier"), Off(2028, 11, 24, "earlier")], removeDaysOff: [new DateOnly(2028, 9, 1)]);
        var later = new CalendarOverrides(addDaysOff: [Off(2027, 11, 24, "later"), Off(2028, 9, 1, "later")], removeDaysOff: [new DateOnly(2028, 11, 24)]);

        // Act
        var merged = earlier.Merge(later);

        // Assert
        Assert.Equal(["later", "later"], merged.AddDaysOff.Select(d => d.Source));
        Assert.Equal([new DateOnly(2027, 11, 24), new DateOnly(2028, 9, 1)], merged.AddDaysOff.Select(d => d.Date));
        Assert.Equal([new DateOnly(2028, 11, 24)], merged.RemoveDaysOff);
    }

    [Fact]
    public void Merge_LaterAnnouncesAYear_DropsEarlierEntriesOfThatYear()
    {
        // Arrange
        var earlier = new CalendarOverrides(
            addDaysOff: [Off(2027, 1, 1, "earlier"), Off(2028, 1, 1, "earlier")],
            workingWeekendDays: [Worked(2027, 2, 20)],
            announcedYears: [2027]);
        var later = new CalendarOverrides(addDaysOff: [Off(2027, 2, 5, "later")], announcedYears: [2027]);

        // Act
        var merged = earlier.Merge(later);

        // Assert
        Assert.Equal([new DateOnly(2027, 2, 5), new DateOnly(2028, 1, 1)], merged.AddDaysOff.Select(d => d.Date));
        Assert.Empty(merged.WorkingWeekendDays);
        Assert.Equal([2027], merged.AnnouncedYears);
    }

    [Fact]
    public void Merge_LaterWorksADayEarlierGaveOff_KeepsOnlyTheWorkingDay()
    {
        // Arrange
        var earlier = new CalendarOverrides(addDaysOff: [Off(2027, 2, 20)]);
        var later = new CalendarOverrides(workingWeekendDays: [Worked(2027, 2, 20)]);

        // Act
        var merged = earlier.Merge(later);

        // Assert
        Assert.Empty(merged.AddDaysOff);
        Assert.Equal([new DateOnly(2027, 2, 20)], merged.WorkingWeekendDays.Select(d => d.Date));
        Assert.Empty(earlier.WorkingWeekendDays);
    }
}
