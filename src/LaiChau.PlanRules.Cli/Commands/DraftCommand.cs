using System.CommandLine;
using LaiChau.PlanRules.Office;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary>
/// <c>planrules draft urging|synthesis --period YEAR [-o FILE]</c>: the drafts Sở Nội vụ files (docs/formats.md), the
/// công văn đôn đốc to the bodies whose report is missing and the yearly synthesis to UBND tỉnh, as .docx.
/// <c>urging --part H1|H2|Q1..Q4</c> urges a half's or quarter's report, for a plan whose report is half-yearly or
/// quarterly. Nobody to urge: a message, exit 0, no file.
/// </summary>
internal static class DraftCommand
{
    public static Command Create(CliContext ctx)
    {
        var loc = ctx.Loc;
        var command = new Command("draft", loc.T(
            "Soạn dự thảo văn bản của Sở Nội vụ (.docx): công văn đôn đốc, báo cáo tổng hợp năm.",
            "Draft Sở Nội vụ's documents (.docx): the urging letter, the yearly synthesis."));
        var dueSoon = new Option<bool>("--include-due-soon") { Description = loc.T("Đôn đốc cả cơ quan chưa gửi báo cáo sắp đến hạn.", "Also urge bodies whose report is due soon and not yet received.") };
        var part = new Option<string?>("--part")
        {
            HelpName = "H1|H2|Q1|Q2|Q3|Q4",
            Description = loc.T(
                "Phần của năm (báo cáo 6 tháng hoặc quý): H1, H2, Q1…Q4; bỏ trống: báo cáo năm.",
                "The part of the year (half-yearly or quarterly report): H1, H2, Q1…Q4; omitted: the year's report."),
        };
        part.AcceptOnlyFromAmong("H1", "H2", "Q1", "Q2", "Q3", "Q4");
        command.Subcommands.Add(Create(ctx, "urging", "don-doc-bao-cao",
            loc.T("Dự thảo công văn đôn đốc các cơ quan chưa gửi báo cáo của một kỳ.", "Draft the letter urging the bodies whose report for a period is missing."),
            [dueSoon, part], r => Part(r.GetValue(part)), (r, source, period, file) =>
            {
                var options = new UrgingLetterOptions { Language = loc.Code, IncludeDueSoon = r.GetValue(dueSoon), Part = Part(r.GetValue(part)) };
                var ids = UrgingLetter.Addressees(source, period, options);
                if (ids.Count == 0)
                {
                    var label = SubPeriod.LabelOf(period, options.Part);
                    Screen.SafeLine(ctx.Out, loc.T(
                        $"Không có cơ quan nào cần đôn đốc về báo cáo {(options.Part is null ? "năm " : string.Empty)}{label.Vi} (đến ngày {Loc.Date(source.Report.AsOf)}); không ghi tệp.",
                        $"Nobody to urge about the {label.En}{(options.Part is null ? " annual" : string.Empty)} report (as of {Loc.Date(source.Report.AsOf)}); no file written."));
                    return;
                }

                using (var stream = ctx.OpenOutput(file)) UrgingLetter.Write(source, period, stream, options);
                Screen.SafeLine(ctx.Out, loc.T($"Đã ghi dự thảo công văn đôn đốc {ids.Count} cơ quan, đơn vị: {file}", $"Wrote the draft urging letter to {ids.Count} bodies: {file}"));
            }));
        command.Subcommands.Add(Create(ctx, "synthesis", "bao-cao-tong-hop",
            loc.T("Dự thảo báo cáo tổng hợp năm của Sở Nội vụ gửi UBND tỉnh.", "Draft Sở Nội vụ's yearly synthesis report to UBND tỉnh."),
            [], null, (_, source, period, file) =>
            {
                using (var stream = ctx.OpenOutput(file)) SynthesisReport.Write(source, period, stream, new OfficeDocumentOptions { Language = loc.Code });
                Screen.SafeLine(ctx.Out, loc.T($"Đã ghi dự thảo báo cáo tổng hợp năm {period}: {file}", $"Wrote the draft {period} synthesis: {file}"));
            }));
        return command;
    }

    /// <summary>The part the <c>--part</c> option names (the parser accepts only H1, H2, Q1…Q4), or null.</summary>
    private static SubPeriod? Part(string? code) => SubPeriod.TryParse(code, out var part) ? part : null;

    private static Command Create(CliContext ctx, string name, string defaultFile, string description, Option[] extra, Func<ParseResult, SubPeriod?>? partOf, Action<ParseResult, OfficeReportSource, int, string> write)
    {
        var loc = ctx.Loc;
        var inputs = new CheckInputs(ctx);
        var period = new Option<int>("--period") { HelpName = "YEAR", Required = true, Description = loc.T("Kỳ báo cáo (năm).", "The reporting period (year).") };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = loc.T($"Tệp .docx ghi ra; mặc định {defaultFile}-NĂM.docx.", $"The .docx file to write; default {defaultFile}-YEAR.docx.") };
        var command = new Command(name, description);
        inputs.AddTo(command, registerPeriod: false);
        command.Options.Add(period);
        command.Options.Add(output);
        foreach (var option in extra) command.Options.Add(option);
        command.SetAction(r =>
        {
            var year = r.GetValue(period);
            var run = inputs.Load(r, ctx.Environment);
            var report = run.Evaluate();
            if (report.Periods.All(p => p.Period != year))
            {
                var known = string.Join(", ", report.Periods.Select(p => p.Period).Distinct());
                throw new UsageException(loc.T(
                    $"Không có kỳ {year} trong kết quả đến ngày {Loc.Date(report.AsOf)} (các kỳ: {known}).",
                    $"No period {year} in the result as of {Loc.Date(report.AsOf)} (periods: {known})."));
            }

            // A draft of one column (partOf given): a plan whose report is half-yearly or quarterly has a column per part,
            // none for the year, so say which to pick. The synthesis covers the whole year, parts and all.
            var part = partOf?.Invoke(r);
            if (partOf is not null && report.Periods.All(p => p.Period != year || !Equals(p.SubPeriod, part)))
            {
                var parts = string.Join(", ", report.Periods.Where(p => p.Period == year).Select(p => p.SubPeriod?.Code ?? loc.T("cả năm (bỏ --part)", "the whole year (no --part)")));
                throw new UsageException(part is null
                    ? loc.T($"Báo cáo kỳ {year} được gửi theo từng phần: chọn --part ({parts}).", $"The {year} report is owed in parts: choose --part ({parts}).")
                    : loc.T($"Kỳ {year} không có phần {part.Code} (các phần: {parts}).", $"The {year} period has no part {part.Code} (parts: {parts})."));
            }

            var suffix = part is null ? string.Empty : "-" + part.Code;
            write(r, OfficeOutput.Source(run, report), year, r.GetValue(output) ?? $"{defaultFile}-{year}{suffix}.docx");
            return Cli.ExitOk;
        });
        return command;
    }
}
