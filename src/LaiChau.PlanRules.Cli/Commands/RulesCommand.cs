using System.CommandLine;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Rules.BuiltIn;
using Spectre.Console;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary><c>planrules rules</c>: the built-in rules (docs/rules.md).</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext ctx)
    {
        var loc = ctx.Loc;
        var command = new Command("rules", loc.T("Bảng quy tắc kiểm tra có sẵn.", "The table of built-in rules."));
        var format = JsonOutput.FormatOption(ctx);
        command.Options.Add(format);
        command.SetAction(r =>
        {
            if (JsonOutput.Wanted(r, format))
            {
                JsonOutput.Write(ctx, w => JsonOutput.Objects(w, "rules", RuleCatalog.BuiltIn, rule =>
                {
                    JsonOutput.Str(w, "code", rule.Code);
                    JsonOutput.Str(w, "severity", Reports.ComplianceReportJson.Severity(rule.Severity));
                    JsonOutput.Str(w, "clause", rule.ClausePath);
                    JsonOutput.Str(w, "legalBasis", rule.LegalBasis);
                    JsonOutput.Text(w, "description", rule.Description);
                    JsonOutput.Text(w, "defaultPolicy", rule.DefaultPolicy);
                }));
                return Cli.ExitOk;
            }

            var screen = ctx.OpenScreen(r);
            var table = screen.NewTable(
                loc.T("Mã", "Code"),
                loc.T("Mức độ", "Severity"),
                loc.T("Điều khoản", "Clause"),
                loc.T("Kiểm tra", "Checks"),
                loc.T("Chính sách mặc định", "Default policy"));
            foreach (var rule in RuleCatalog.BuiltIn)
            {
                table.AddRow(
                    Screen.Cell(rule.Code, new Style(decoration: Decoration.Bold)),
                    Screen.Cell(StatusText.SeverityOne(rule.Severity, loc), StatusText.SeverityStyle(rule.Severity)),
                    Screen.Cell(rule.ClausePath),
                    Screen.Cell(loc.T(rule.Description)),
                    Screen.Cell(loc.T(rule.DefaultPolicy)));
            }

            screen.Write(table);
            return Cli.ExitOk;
        });
        return command;
    }
}
