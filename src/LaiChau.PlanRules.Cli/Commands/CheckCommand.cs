using System.CommandLine;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary><c>planrules check [FILE]</c>: evaluates evidence and prints the result as text, JSON or CSV.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext ctx)
    {
        var loc = ctx.Loc;
        var inputs = new CheckInputs(ctx);
        var format = ctx.OneOf(new Option<string>("--format") { HelpName = "text|json|csv|xlsx|html", DefaultValueFactory = _ => "text", Description = loc.T("Dạng kết quả: text (mặc định), json, csv, xlsx (cần -o) hoặc html (docs/formats.md).", "Output format: text (default), json, csv, xlsx (needs -o) or html (docs/formats.md).") }, "text", "json", "csv", "xlsx", "html");
        var failOn = ctx.OneOf(new Option<string>("--fail-on") { HelpName = "violation|warning", Description = loc.T("Trả mã thoát 1 khi có phát hiện ở mức này trở lên.", "Exit with 1 when a finding of this severity or worse exists.") }, "violation", "warning");
        var separator = ctx.OneOf(
            new Option<string>("--csv-separator")
            {
                HelpName = ",|;",
                DefaultValueFactory = _ => ",",
                Description = loc.T(
                    "Dấu phân cách của --format csv: , (mặc định) hoặc ; (Excel cài đặt tiếng Việt, nơi dấu thập phân là dấu phẩy).",
                    "The separator of --format csv: , (default) or ; (Excel with a Vietnamese locale, where the decimal separator is a comma)."),
            },
            ",",
            ";");
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = loc.T("Ghi kết quả ra tệp thay vì màn hình.", "Write the result to a file instead of stdout.") };

        var command = new Command("check", loc.T(
            "Kiểm tra chứng cứ theo kế hoạch: ai đã báo cáo, ai muộn, còn thiếu gì.",
            "Check evidence against the plan: who reported, who is late, what is missing."));
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.Options.Add(separator);
        command.Options.Add(output);
        command.SetAction(r =>
        {
            var run = inputs.Load(r, ctx.Environment);
            var report = run.Evaluate();
            var path = r.GetValue(output);
            switch (r.GetValue(format))
            {
                case "json":
                    ctx.WriteTo(path, (w, _) =>
                    {
                        ComplianceReportJson.Write(report, w, loc.Code);
                        w.WriteLine();
                    });
                    break;
                case "csv":
                    if (path is null)
                    {
                        // The byte-order mark goes to stdout too, so "> findings.csv" opens in Excel with its diacritics.
                        ctx.Out.Write('\uFEFF');
                        FindingsCsv.Write(report, ctx.Out, loc.Code, r.GetValue(separator)![0]);
                    }
                    else
                    {
                        using var stream = ctx.OpenOutput(path);
                        FindingsCsv.Write(report, stream, loc.Code, r.GetValue(separator)![0]);
                    }

                    break;
                case "xlsx" or "html":
                    OfficeOutput.Write(ctx, run, report, r.GetValue(format)!, path);
                    break;
                default:
                    ctx.WriteTo(path, (w, terminal) => TextReport.Write(report, run, Screen.Create(w, terminal && !r.GetValue(ctx.NoColor)), loc));
                    break;
            }

            return r.GetValue(failOn) switch
            {
                "violation" when report.HasFindingsAtLeast(FindingSeverity.Violation) => Cli.ExitFindings,
                "warning" when report.HasFindingsAtLeast(FindingSeverity.Warning) => Cli.ExitFindings,
                _ => Cli.ExitOk,
            };
        });
        return command;
    }
}
