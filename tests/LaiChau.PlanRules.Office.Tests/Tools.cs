using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Office.Tests;

/// <summary>
/// The external tools the checks need: LibreOffice (headless, one conversion at a time, a private profile each),
/// pdftotext and pdfinfo. A missing tool fails the test with the install command; it never skips.
/// </summary>
internal static partial class Tools
{
    private static readonly SemaphoreSlim LibreOfficeLock = new(1, 1);

    public const string Install = "apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui fonts-liberation2 poppler-utils chromium";

    /// <summary>Converts an .xlsx or .docx to PDF next to it and returns the PDF's path.</summary>
    public static async Task<string> ToPdfAsync(string path)
    {
        var dir = Path.GetDirectoryName(path)!;
        var profile = Path.Combine(Path.GetTempPath(), "planrules-lo-" + Guid.NewGuid().ToString("N"));
        await LibreOfficeLock.WaitAsync();
        try
        {
            Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", dir, path], TimeSpan.FromSeconds(120));
        }
        finally
        {
            LibreOfficeLock.Release();
            try { Directory.Delete(profile, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        var pdf = Path.ChangeExtension(path, ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no PDF for {path}");
        return pdf;
    }

    public static string PdfText(string pdf, bool layout = false) =>
        Run("pdftotext", layout ? ["-layout", pdf, "-"] : [pdf, "-"], TimeSpan.FromSeconds(30));

    /// <summary>pdfinfo's page count and the first page's size in points.</summary>
    public static (int Pages, double Width, double Height) PdfInfo(string pdf)
    {
        var info = Run("pdfinfo", [pdf], TimeSpan.FromSeconds(30));
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        var size = SizeLine().Match(info);
        return (pages, double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Each page's text (pdftotext separates pages with a form feed).</summary>
    public static IReadOnlyList<string> PdfPages(string pdf) => PdfText(pdf).Split('\f');

    /// <summary>Renders the first page of a PDF to a small PNG (for samples/screenshots).</summary>
    public static string PdfToPng(string pdf, string pngWithoutExtension, int scaleTo = 1000)
    {
        Run("pdftoppm", ["-png", "-singlefile", "-scale-to", scaleTo.ToString(CultureInfo.InvariantCulture), pdf, pngWithoutExtension], TimeSpan.FromSeconds(60));
        return pngWithoutExtension + ".png";
    }

    public static string Run(string tool, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try
        {
            p = Process.Start(psi) ?? throw new InvalidOperationException(tool);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"'{tool}' is required and was not found ({e.Message}). Install it: {Install}");
            throw;
        }

        using (p)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(timeout))
            {
                p.Kill(true);
                Assert.Fail($"{tool} did not finish in {timeout.TotalSeconds} s");
            }

            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"{tool} exited {p.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex SizeLine();
}
