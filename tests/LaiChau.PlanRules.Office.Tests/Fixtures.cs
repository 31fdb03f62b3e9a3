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
