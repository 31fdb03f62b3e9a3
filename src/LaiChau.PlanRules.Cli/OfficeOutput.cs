using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Office;

namespace LaiChau.PlanRules.Cli;

/// <summary>The documents of LaiChau.PlanRules.Office written by <c>check --format xlsx|html</c> (docs/formats.md).</summary>
internal static class OfficeOutput
{
    /// <summary>The source of the documents: the report, the plan with the evidence's number and date, the catalog and the evidence.</summary>
    public static OfficeReportSource Source(CheckRun run, ComplianceReport report) => OfficeReportSource.From(run.Evaluator, report, run.Evidence);

    /// <summary>Writes the workbook (to a file only: it is binary) or the HTML report (to a file or stdout).</summary>
    public static void Write(CliContext ctx, CheckRun run, ComplianceReport report, string format, string? path)
    {
        var options = new OfficeDocumentOptions { Language = ctx.Loc.Code };
        var source = Source(run, report);
        if (format == "xlsx")
        {
            if (path is null)
            {
                throw new UsageException(ctx.Loc.T("--format xlsx cần -o TỆP.xlsx (tệp Excel không in ra màn hình được).", "--format xlsx needs -o FILE.xlsx (a workbook cannot go to the terminal)."));
            }

            using var file = ctx.OpenOutput(path);
            ComplianceWorkbook.Write(source, file, options);
            return;
        }

        if (path is null)
        {
            using var stdout = new MemoryStream();
            ComplianceHtmlReport.Write(source, stdout, options);
            ctx.Out.Write(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            ctx.Out.Flush();
            return;
        }

        using var html = ctx.OpenOutput(path);
        ComplianceHtmlReport.Write(source, html, options);
    }
}
