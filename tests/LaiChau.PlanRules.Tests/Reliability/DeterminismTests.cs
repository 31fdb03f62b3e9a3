using System.Globalization;
using System.Text.RegularExpressions;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// The same input gives the same report bytes: in one process, across evaluators, across process restarts, and in
/// processes whose time zone and culture differ (process-wide settings, so each runs the probe on its own).
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    public static readonly TheoryData<string, string> Hosts = new()
    {
        // Every pairing of the time zones and cultures the library must not notice.
        { "UTC", "vi-VN" }, { "UTC", "en-US" }, { "UTC", "tr-TR" },
        { "America/New_York", "vi-VN" }, { "America/New_York", "en-US" }, { "America/New_York", "tr-TR" },
        { "Asia/Ho_Chi_Minh", "vi-VN" }, { "Asia/Ho_Chi_Minh", "en-US" }, { "Asia/Ho_Chi_Minh", "tr-TR" },
    };

    private static readonly Lazy<string> Expected = new(() => ComplianceReportJson.Serialize(ComplianceEvaluator.Create().Evaluate(ReliabilityData.RichEvidence())));
    private static readonly Lazy<string> ExpectedEnglish = new(() => ComplianceReportJson.Serialize(ComplianceEvaluator.Create().Evaluate(ReliabilityData.RichEvidence()), "en"));
    private readonly string _directory = Directory.CreateTempSubdirectory("planrules-determinism-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Evaluate_SameEvidenceRepeatedly_GivesTheSameBytes()
    {
        var shared = ComplianceEvaluator.Create();
        var evidence = ReliabilityData.RichEvidence();

        var reports = Enumerable.Range(0, 5).Select(i => ComplianceReportJson.Serialize((i % 2 == 0 ? shared : ComplianceEvaluator.Create()).Evaluate(evidence))).ToList();

        Assert.All(reports, r => Assert.Equal(Expected.Value, r));
        Assert.Contains("REPORT_LATE", Expected.Value, StringComparison.Ordinal); // the evidence does produce findings
    }

    [Fact]
    public void Evaluate_UnderAnotherCurrentCulture_GivesTheSameBytes()
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var name in new[] { "tr-TR", "vi-VN", "ar-SA", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(Expected.Value, ComplianceReportJson.Serialize(ComplianceEvaluator.Create().Evaluate(ReliabilityData.RichEvidence())));
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Probe_InAnotherTimeZoneAndCulture_WritesTheSameBytes(string timeZone, string culture)
    {
        var path = WriteEvidence();
        var posix = culture.Replace('-', '_') + ".UTF-8";

        var result = ProcessProbe.Run([path, "--culture", culture, "--describe-host"],
            new Dictionary<string, string?> { ["TZ"] = timeZone, ["LANG"] = posix, ["LC_ALL"] = posix });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Expected.Value, result.StdoutText);

        // The process really ran there: its time zone, its offset on 15/01/2025, the culture from the environment.
        var host = Assert.Single(result.StderrLines, l => l.StartsWith("host|", StringComparison.Ordinal)).Split('|');
        Assert.Equal(timeZone, host[1] == "Etc/UTC" ? "UTC" : host[1]);
        Assert.Equal(timeZone switch { "America/New_York" => "-05:00:00", "Asia/Ho_Chi_Minh" => "07:00:00", _ => "00:00:00" }, host[2]);
        Assert.Equal(culture, host[3]);
        Assert.Equal(culture, host[4]);
        Assert.Equal(culture == "tr-TR" ? "İ" : "I", host[5]); // the Turkish dotted capital I: ICU culture data is there
        Assert.Equal(culture == "en-US" ? "1234.5" : "1234,5", host[6]);
    }

    [Fact]
    public void Probe_RestartedAndInEnglish_WritesTheSameBytesEachTime()
    {
        var path = WriteEvidence();

        var runs = Enumerable.Range(0, 2).AsParallel().Select(_ => ProcessProbe.Run([path, "--language", "en"])).ToList();

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.All(runs, r => Assert.Equal(ExpectedEnglish.Value, r.StdoutText));
    }

    /// <summary>Writes the evidence with its instants in local form ("2024-12-16T09:30:00", Vietnam time by definition): a host time zone must not creep in.</summary>
    private string WriteEvidence()
    {
        var path = Path.Combine(_directory, "evidence.json");
        var local = Regex.Replace(EvidenceWriter.Serialize(ReliabilityData.RichEvidence()), @"(T\d\d:\d\d:\d\d(\.\d+)?)\+07:00", "$1");
        Assert.DoesNotContain("+07:00", local, StringComparison.Ordinal);
        File.WriteAllText(path, local);
        return path;
    }
}
