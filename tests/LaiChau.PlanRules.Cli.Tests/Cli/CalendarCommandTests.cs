namespace LaiChau.PlanRules.Cli.Tests.Cli;

public sealed class CalendarCommandTests
{
    [Fact]
    public void Calendar_AnnouncedYear_ListsDaysOffAndWorkedSaturdays()
    {
        var result = CliRunner.Run("calendar", "2026");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Lịch nghỉ đã công bố.", result.Out);
        Assert.Matches(@"\| 17/02/2026 \| Thứ Ba\s+\| Tết Nguyên đán", result.Out);
        Assert.Contains("10/01/2026 (Thứ Bảy)", result.Out);
        Assert.DoesNotContain("tạm tính", result.Out);
    }

    [Fact]
    public void Calendar_LaterYear_MarksItProvisional()
    {
        var result = CliRunner.Run("calendar", "2028", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No announced schedule for this year", result.Out);
        Assert.Contains("provisional", result.Out);
    }

    [Fact]
    public void Calendar_WithFile_AppliesIt()
    {
        var result = CliRunner.Run("calendar", "2027", "--calendar", RepoFiles.Path("tests/LaiChau.PlanRules.Tests/TestData/Calendar/calendar-2027.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Lịch nghỉ đã công bố.", result.Out);
    }

    [Fact]
    public void Calendar_YearOutOfRange_ExitsTwo()
    {
        Assert.Equal(2, CliRunner.Run("calendar", "3000").ExitCode);
    }

    [Fact]
    public void Calendar_2026_ShowsVietnameseCultureDayOffPartlyConfirmed()
    {
        var result = CliRunner.Run("calendar", "2026");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\| 24/11/2026 \| Thứ Ba\s+\| Ngày Văn hóa Việt Nam 24/11\s+\| xác nhận một phần \(P\)", result.Out);
        Assert.Contains("Số ngày làm việc trong năm: 249", result.Out);
    }

    [Fact]
    public void Calendar_2027_ProvisionalIncludes24November()
    {
        var result = CliRunner.Run("calendar", "2027");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\| 24/11/2027 \| Thứ Tư\s+\| Ngày Văn hóa Việt Nam 24/11\s+\| tạm tính; chưa xác nhận \(U\)", result.Out);
    }
}
