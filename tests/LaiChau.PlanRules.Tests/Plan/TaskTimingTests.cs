using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class TaskTimingTests
{
    [Theory]
    // Why each row: every form of docs/appendix-timing.md, with the due date under the default policy (period 2025).
    [InlineData("15/12/2025", TimingKind.Date, "2025-12-15")] // a date is due that day
    [InlineData("ngày 15/12/2025", TimingKind.Date, "2025-12-15")] // "ngày" before the date
    [InlineData("Ngày 01/7/2025", TimingKind.Date, "2025-07-01")] // capital letter, leading zero on the day only
    [InlineData("ngày 15 tháng 12 năm 2025", TimingKind.Date, "2025-12-15")] // the date written in full
    [InlineData("chậm nhất ngày 15/12/2025", TimingKind.Date, "2025-12-15")] // "at the latest": that day counts
    [InlineData("trước ngày 15/12/2025", TimingKind.BeforeDate, "2025-12-14")] // literal reading: the day before (policy U)
    [InlineData("trước 15/12/2025", TimingKind.BeforeDate, "2025-12-14")] // without "ngày"
    [InlineData("Trước ngày 01/01/2026", TimingKind.BeforeDate, "2025-12-31")] // the day before crosses the year
    [InlineData("15/12 hằng năm", TimingKind.DayOfYear, "2025-12-15")] // a yearly day, in the period's year
    [InlineData("15/12 hàng năm", TimingKind.DayOfYear, "2025-12-15")] // the "hàng năm" spelling
    [InlineData("ngày 20/6 hằng năm", TimingKind.DayOfYear, "2025-06-20")] // with "ngày"
    [InlineData("trước ngày 15/12 hằng năm", TimingKind.BeforeDayOfYear, "2025-12-14")] // the other province's stated deadline
    [InlineData("Tháng 6/2025", TimingKind.Month, "2025-06-30")] // a month: its last day
    [InlineData("tháng 02/2024", TimingKind.Month, "2024-02-29")] // February of a leap year
    [InlineData("Tháng 2 năm 2025", TimingKind.Month, "2025-02-28")] // "năm" instead of "/"
    [InlineData("Quý III/2025", TimingKind.Quarter, "2025-09-30")] // a quarter in Roman numerals: its last day
    [InlineData("Quý 3/2025", TimingKind.Quarter, "2025-09-30")] // in digits
    [InlineData("quý III năm 2025", TimingKind.Quarter, "2025-09-30")] // lower case, with "năm"
    [InlineData("Quý IV/2025", TimingKind.Quarter, "2025-12-31")] // the last quarter
    [InlineData("Quý I/2026", TimingKind.Quarter, "2026-03-31")] // the first quarter
    [InlineData("6 tháng đầu năm 2025", TimingKind.HalfYear, "2025-06-30")] // first half
    [InlineData("6 tháng cuối năm 2025", TimingKind.HalfYear, "2025-12-31")] // second half
    [InlineData("Năm 2025", TimingKind.Year, "2025-12-31")] // a year: 31/12
    [InlineData("2025", TimingKind.Year, "2025-12-31")] // a bare year
    [InlineData("2024–2030", TimingKind.YearRange, "2030-12-31")] // a range with an en dash: 31/12 of the last year
    [InlineData("2024-2030", TimingKind.YearRange, "2030-12-31")] // with a hyphen
    [InlineData("Giai đoạn 2024 - 2030", TimingKind.YearRange, "2030-12-31")] // "giai đoạn", spaced dash
    [InlineData("từ năm 2024 đến năm 2030", TimingKind.YearRange, "2030-12-31")] // "from … to …"
    [InlineData("Hằng năm", TimingKind.Annually, "2025-12-14")] // every year: assumed 14/12, the annual cut-off
    [InlineData("Hàng năm", TimingKind.Annually, "2025-12-14")] // the "hàng năm" spelling
    [InlineData("  Hằng   năm ", TimingKind.Annually, "2025-12-14")] // extra spaces
    [InlineData("Thường xuyên", TimingKind.Continuous, null)] // ongoing: never due
    [InlineData("Thường xuyên, liên tục", TimingKind.Continuous, null)] // "continuously"
    public void Parse_AcceptedForm_HasItsKindAndDueDate(string text, TimingKind kind, string? due)
    {
        // Act
        var timing = TaskTiming.Parse(text);

        // Assert
        Assert.Equal(kind, timing.Kind);
        Assert.Equal(text.Trim(), timing.Text);
        Assert.Equal(due is null ? null : DateOnly.ParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture), timing.DueDate(2025, TimingPolicy.Default));
    }

    [Theory]
    // Why each row: every way a completion time is refused, with a word of the reason.
    [InlineData("30/02/2025", "28 days")] // an impossible date
    [InlineData("trước ngày 31/4/2025", "30 days")] // an impossible date after "trước"
    [InlineData("15/13/2025", "month")] // no month 13
    [InlineData("Quý V/2025", "quarter")] // no fifth quarter
    [InlineData("Quý 0/2025", "quarter")] // no quarter 0
    [InlineData("2030-2024", "ends")] // a reversed range
    [InlineData("Giai đoạn 2025 - 2025", "Năm 2025")] // a range of one year
    [InlineData("29/02 hằng năm", "every year")] // a yearly day that some years lack
    [InlineData("31/6 hằng năm", "30 days")] // an impossible yearly day
    [InlineData("Tháng 13/2025", "month")] // no month 13
    [InlineData("", "empty")] // empty
    [InlineData("   ", "empty")] // blank
    [InlineData("sớm nhất có thể", "not a form")] // not a form at all
    [InlineData("Quý III", "not a form")] // a quarter without its year
    [InlineData("0999", "four digits")] // not a year
    public void Parse_BadText_ThrowsTaskTimingFormatException(string text, string reasonWord)
    {
        // Act
        var error = Assert.Throws<TaskTimingFormatException>(() => TaskTiming.Parse(text));

        // Assert
        Assert.Contains(reasonWord, error.Reason, StringComparison.Ordinal);
        Assert.Equal(text, error.Text);
        Assert.IsAssignableFrom<FormatException>(error);
        Assert.False(TaskTiming.TryParse(text, out _));
    }

    [Fact]
    public void Parse_DecomposedText_ReadsLikeComposed()
    {
        // Arrange: NFD, as some spreadsheets export it.
        var nfd = "Quý III năm 2025".Normalize(NormalizationForm.FormD);

        // Act
        var timing = TaskTiming.Parse(nfd);

        // Assert
        Assert.Equal(TimingKind.Quarter, timing.Kind);
        Assert.Equal((3, 2025), (timing.Quarter!.Value, timing.Year!.Value));
        Assert.True(timing.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        // Act / Assert
        Assert.False(TaskTiming.TryParse(null, out var timing));
        Assert.Null(timing);
    }

    [Theory]
    // Why each row: the recurring forms need a period year; the others do not.
    [InlineData("Hằng năm", true)]
    [InlineData("15/12 hằng năm", true)]
    [InlineData("trước ngày 15/12 hằng năm", true)]
    [InlineData("15/12/2025", false)]
    [InlineData("Thường xuyên", false)]
    [InlineData("2024-2030", false)]
    public void IsRecurring_Form_IsTrueOnlyForYearlyForms(string text, bool recurring)
    {
        // Act / Assert
        Assert.Equal(recurring, TaskTiming.Parse(text).IsRecurring);
    }

    [Theory]
    // Why each row: each recurring form, given no period year.
    [InlineData("Hằng năm")]
    [InlineData("15/12 hằng năm")]
    [InlineData("trước ngày 15/12 hằng năm")]
    public void DueDate_RecurringWithoutPeriodYear_ThrowsArgumentException(string text)
    {
        // Arrange
        var timing = TaskTiming.Parse(text);

        // Act / Assert
        Assert.Throws<ArgumentException>(() => timing.DueDate(null, TimingPolicy.Default));
    }

    [Fact]
    public void DueDate_NonRecurringWithoutPeriodYear_IgnoresTheYear()
    {
        // Act
        var due = TaskTiming.Parse("Quý II/2026").DueDate(null, TimingPolicy.Default);

        // Assert
        Assert.Equal(new DateOnly(2026, 6, 30), due);
    }

    [Fact]
    public void DueDate_BeforeDateWithBeforeMeansDayBeforeOff_IsTheDateItself()
    {
        // Arrange
        var policy = new TimingPolicy(BeforeMeansDayBefore: false);

        // Act
        var due = TaskTiming.Parse("trước ngày 15/12/2025").DueDate(null, policy);

        // Assert
        Assert.Equal(new DateOnly(2025, 12, 15), due);
    }

    [Fact]
    public void DueDate_AnnuallyWithOtherPolicyDay_UsesThePolicy()
    {
        // Arrange
        var policy = new TimingPolicy(AnnualDueMonth: 12, AnnualDueDay: 20);

        // Act
        var due = TaskTiming.Parse("Hằng năm").DueDate(2026, policy);

        // Assert
        Assert.Equal(new DateOnly(2026, 12, 20), due);
    }

    [Fact]
    public void DueDate_NullPolicy_ThrowsArgumentNullException()
    {
        // Act / Assert
        Assert.Throws<ArgumentNullException>(() => TaskTiming.Parse("2025").DueDate(2025, null!));
    }

    [Fact]
    public void Parse_YearRange_SetsBothYearsOnly()
    {
        // Act
        var timing = TaskTiming.Parse("Giai đoạn 2024 - 2030");

        // Assert
        Assert.Equal((2024, 2030), (timing.FromYear!.Value, timing.ToYear!.Value));
        Assert.Null(timing.Year);
        Assert.Null(timing.Date);
    }

    [Fact]
    public void Equals_SameText_AreEqualAndPrintAsWritten()
    {
        // Act
        var a = TaskTiming.Parse("Quý III/2025");
        var b = TaskTiming.Parse("Quý III/2025");

        // Assert
        Assert.Equal(a, b);
        Assert.Equal("Quý III/2025", a.ToString());
    }
}
