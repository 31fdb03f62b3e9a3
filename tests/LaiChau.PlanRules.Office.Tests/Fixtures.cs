using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace LaiChau.PlanRules.Office.Tests;

/// <summary>The reports the tests render: the demo, and one where nobody has reported (a long list of addressees).</summary>
internal static class Fixtures
{
    private static readonly Lazy<ComplianceEvaluator> Evaluator = new(() => ComplianceEvaluator.Create());

    private static readonly Lazy<OfficeReportSource> DemoSource = new(() =>
    {
        var evidence = DemoEvidence.Load();
        return OfficeReportSource.From(Evaluator.Value, Evaluator.Value.Evaluate(evidence), evidence);
    });

    private static readonly Lazy<OfficeReportSource> NobodySource = new(() =>
    {
        var demo = DemoEvidence.Load();
        var evidence = new EvidenceSet { Illustrative = true, Plan = demo.Plan, Policy = demo.Policy };
        return OfficeReportSource.From(Evaluator.Value, Evaluator.Value.Evaluate(evidence, new DateOnly(2026, 1, 31)), evidence);
    });

    private static readonly Lazy<OfficeReportSource> DueSoonSource = new(() =>
    {
        var evidence = DemoEvidence.Load();
        return OfficeReportSource.From(Evaluator.Value, Evaluator.Value.Evaluate(evidence, new DateOnly(2026, 12, 10)), evidence);
    });

    /// <summary>The demo as of 10/12/2026: the 2026 reports (due 16/12/2026, assumed) are due soon, none missing.</summary>
    public static OfficeReportSource DueSoon => DueSoonSource.Value;

    /// <summary>The demo (illustrative): as of 13/03/2026, 2025 deadline confirmed, 2024 and 2026 assumed.</summary>
    public static OfficeReportSource Demo => DemoSource.Value;

    /// <summary>No reports at all (the demo's plan signature and policy), as of 31/01/2026: every body is missing its 2024 and 2025 reports.</summary>
    public static OfficeReportSource Nobody => NobodySource.Value;

    /// <summary>The Lai Châu plan as JSON with its III.1.d4 report made half-yearly, "trước ngày 15/6 và 15/12 hằng năm".</summary>
    public static string HalfYearlyPlanJson()
    {
        using var writer = new StringWriter();
        PlanDocument.LaiChau.Save(writer);
        var json = writer.ToString();
        var at = json.IndexOf("\"id\": \"annual-report\",", StringComparison.Ordinal);
        var frequency = json.IndexOf("\"frequency\": \"annual\",", at, StringComparison.Ordinal);
        return json[..frequency] + "\"frequency\": \"halfYearly\", \"statedDeadlines\": [\"trước ngày 15/6 hằng năm\", \"trước ngày 15/12 hằng năm\"],"
            + json[(frequency + "\"frequency\": \"annual\",".Length)..];
    }

    /// <summary>The evidence of <see cref="HalfYearly"/>: two reports for the first half of 2025 (one late, one on time).</summary>
    public static EvidenceSet HalfYearlyEvidence()
    {
        var vn = TimeSpan.FromHours(7);
        return new EvidenceSet
        {
            Illustrative = true,
            Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
            Policy = new PolicyOverrides { LastYear = 2025 },
            Reports =
            [
                new ReceivedReport { Id = "H1-XD", Body = "so-xay-dung", Period = 2025, Half = 1, ReceivedAt = new DateTimeOffset(2025, 6, 16, 9, 0, 0, vn), Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu" },
                new ReceivedReport { Id = "H1-TC", Body = "so-tai-chinh", Period = 2025, Half = 1, ReceivedAt = new DateTimeOffset(2025, 6, 13, 9, 0, 0, vn), Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu" },
            ],
        };
    }

    private static readonly Lazy<OfficeReportSource> HalfYearlySource = new(() =>
    {
        var plan = PlanDocument.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(HalfYearlyPlanJson())), "half-yearly-plan.json");
        var evaluator = ComplianceEvaluator.Create(o => o.Plan = plan);
        var evidence = HalfYearlyEvidence();
        return OfficeReportSource.From(evaluator, evaluator.Evaluate(evidence, new DateOnly(2025, 7, 1)), evidence);
    });

    /// <summary>
    /// A half-yearly variant of the Lai Châu plan as of 01/07/2025: columns for the second half of 2024 and both halves of
    /// 2025 (H2 2025 not due); Sở Xây dựng late for the first half of 2025, Sở Tài chính on time, the others missing.
    /// </summary>
    public static OfficeReportSource HalfYearly => HalfYearlySource.Value;

    /// <summary>This run's folder, removed when the run ends unless PLANRULES_KEEP_TEST_FILES is set (to look at the PDFs and screenshots).</summary>
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "planrules-office-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Environment.GetEnvironmentVariable("PLANRULES_KEEP_TEST_FILES") is null)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try { Directory.Delete(root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            };
        }

        return root;
    });

    /// <summary>A folder of its own for one test's files.</summary>
    public static string NewFolder(string name)
    {
        var dir = Path.Combine(Root.Value, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string Save(string folder, string fileName, Action<Stream> write)
    {
        var path = Path.Combine(folder, fileName);
        using (var s = File.Create(path)) write(s);
        return path;
    }

    /// <summary>Writes a document into a new folder and converts it to PDF with LibreOffice; returns the PDF's path.</summary>
    public static Task<string> PrintAsync(string folder, string fileName, Action<Stream> write) =>
        Tools.ToPdfAsync(Save(NewFolder(folder), fileName, write));

    /// <summary>Every Open XML schema error of a package, one line each (an empty list when valid).</summary>
    public static IReadOnlyList<string> ValidationErrors(OpenXmlPackage package) =>
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
}
