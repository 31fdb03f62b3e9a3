using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>The host's time zone never matters. Changes the process time zone, so it does not run in parallel with others.</summary>
[Collection(nameof(ProcessWideStateCollection))]
public class HostTimeZoneTests
{
    [Fact]
    public void HostInUtcMinus5_JudgesOnTheVietnamDate()
    {
        var before = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", "America/New_York");
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(TimeSpan.FromHours(-5), TimeZoneInfo.Local.GetUtcOffset(new DateTime(2024, 12, 17, 12, 0, 0, DateTimeKind.Utc)));

            // 23:59 Vietnam time on the due date is 11:59 in New York the same day: on time.
            var onTime = Scenario.LaiChau().Report("so-tai-chinh", 2024, "2024-12-17T23:59:00").AsOf(2024, 12, 31);
            // 00:01 Vietnam time the next day is still 17/12 in New York: late all the same.
            var late = Scenario.LaiChau().Report("so-tai-chinh", 2024, "2024-12-18T00:01:00+07:00").AsOf(2024, 12, 31);

            Assert.False(onTime.Has(FindingCodes.ReportLate, "so-tai-chinh"));
            Assert.True(late.Has(FindingCodes.ReportLate, "so-tai-chinh"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", before);
            TimeZoneInfo.ClearCachedData();
        }
    }
}

[CollectionDefinition(nameof(ProcessWideStateCollection), DisableParallelization = true)]
public sealed class ProcessWideStateCollection;
