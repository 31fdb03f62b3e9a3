using LaiChau.PlanRules.Office;
using LaiChau.PlanRules.Plan;
using WebHost.Register;

namespace WebHost.Api;

/// <summary>The documents officers file, rendered by LaiChau.PlanRules.Office from the live monitor.</summary>
internal static class DownloadEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static RouteGroupBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/downloads").WithTags("Downloads");

        g.MapGet("/tong-hop.xlsx", (DocumentRegister register, string? lang) =>
            File(s => ComplianceWorkbook.Write(Source(register), s, Options(lang)), Xlsx, "tong-hop.xlsx"));

        g.MapGet("/bao-cao.html", (DocumentRegister register, string? lang) =>
            File(s => ComplianceHtmlReport.Write(Source(register), s, Options(lang)), "text/html; charset=utf-8", null));

        // ?part=H1|H2|Q1..Q4: a half's or a quarter's report, for a plan whose report is half-yearly or quarterly.
        g.MapGet("/urging-{period:int}.docx", (int period, string? part, DocumentRegister register) =>
        {
            SubPeriod? which = null;
            if (part is not null && !SubPeriod.TryParse(part, out which)) return Problems.NotFound($"No part '{part}': a part is H1, H2 or Q1 to Q4.");

            var stream = new MemoryStream();
            try
            {
                if (!UrgingLetter.Write(Source(register), period, stream, new UrgingLetterOptions { Part = which }))
                {
                    return Problems.NotFound($"Nobody is to be urged for {SubPeriod.Key(period, which)} as of {register.Monitor.AsOf:dd/MM/yyyy}.");
                }
            }
            catch (ArgumentException e)
            {
                // A period the report has no column for (outside its periods, or owed in halves or quarters).
                return Problems.NotFound(e.Message);
            }

            stream.Position = 0;
            return Results.File(stream, Docx, $"don-doc-{SubPeriod.Key(period, which)}.docx");
        });

        g.MapGet("/synthesis-{period:int}.docx", (int period, DocumentRegister register, string? lang) =>
        {
            try
            {
                return File(s => SynthesisReport.Write(Source(register), period, s, Options(lang)), Docx, $"tong-hop-{period}.docx");
            }
            catch (ArgumentOutOfRangeException e)
            {
                // A year that is none of the report's periods.
                return Problems.NotFound(e.Message);
            }
        });

        return g;
    }

    internal static OfficeReportSource Source(DocumentRegister register)
    {
        var evidence = register.Monitor.CurrentEvidence();
        return OfficeReportSource.From(register.Evaluator, register.Snapshot(), evidence);
    }

    private static OfficeDocumentOptions Options(string? lang) => new() { Language = lang == "en" ? "en" : "vi" };

    private static IResult File(Action<Stream> write, string contentType, string? name)
    {
        var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return Results.File(stream, contentType, name);
    }
}
