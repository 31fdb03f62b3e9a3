using LaiChau.PlanRules.Office;
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

        g.MapGet("/urging-{period:int}.docx", (int period, DocumentRegister register) =>
        {
            var stream = new MemoryStream();
            try
            {
                if (!UrgingLetter.Write(Source(register), period, stream))
                {
                    return Problems.NotFound($"Nobody is to be urged for {period} as of {register.Monitor.AsOf:dd/MM/yyyy}.");
                }
            }
            catch (ArgumentException e)
            {
                // A year the report has no column for (outside its periods, or owed in halves or quarters).
                return Problems.NotFound(e.Message);
            }

            stream.Position = 0;
            return Results.File(stream, Docx, $"don-doc-{period}.docx");
        });

        g.MapGet("/synthesis-{period:int}.docx", (int period, DocumentRegister register, string? lang) =>
            File(s => SynthesisReport.Write(Source(register), period, s, Options(lang)), Docx, $"tong-hop-{period}.docx"));

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
