using System.CommandLine;
using LaiChau.PlanRules.Plan;
using Spectre.Console;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary><c>planrules plan [--plan FILE]</c>: the plan's clause tree with the paths findings cite, and its obligations.</summary>
internal static class PlanCommand
{
    private const int ShortText = 110;

    public static Command Create(CliContext ctx)
    {
        var loc = ctx.Loc;
        var planFile = CommonOptions.PlanFile(loc);
        var full = new Option<bool>("--full") { Description = loc.T("In toàn văn từng điều khoản (mặc định cắt ngắn).", "Print each clause in full (shortened by default).") };
        var maxBytes = CommonOptions.MaxBytes(loc);
        var command = new Command("plan", loc.T("In cây điều khoản của kế hoạch kèm đường dẫn (III.1.d4, ...).", "Print the plan's clause tree with its paths (III.1.d4, ...)."));
        command.Options.Add(planFile);
        command.Options.Add(full);
        command.Options.Add(maxBytes);
        command.Subcommands.Add(PlanImportCommand.Create(ctx));
        var format = JsonOutput.FormatOption(ctx);
        command.Options.Add(format);
        command.SetAction(r =>
        {
            var path = r.GetValue(planFile);
            var limits = CommonOptions.Limits(r, maxBytes, ctx);
            var plan = path is null ? PlanDocument.LaiChau : ctx.Files.Read(path, (s, name) => PlanDocument.Load(s, name, limits));
            if (JsonOutput.Wanted(r, format))
            {
                WriteJson(ctx, plan);
                return Cli.ExitOk;
            }

            var screen = ctx.OpenScreen(r);
            screen.Line(plan.Title, new Style(decoration: Decoration.Bold));
            screen.Line(loc.T("Mã kế hoạch: ", "Plan id: ") + plan.Id);
            screen.Line(loc.T("Cơ quan ban hành: ", "Issuer: ") + plan.IssuerName);
            screen.Line(loc.T("Số, ngày: ", "Number, date: ") + (plan.Number ?? loc.T("chưa có số", "no number")) + ", "
                + (plan.SignedOn is { } d ? Loc.Date(d) : loc.T("chưa có ngày ký (dự thảo)", "not dated (draft)")));
            screen.Line(loc.T("Người ký: ", "Signed: ") + $"{plan.Authority} {plan.Position} {plan.Signer}".Trim());
            if (plan.Note is { } note) screen.Line(loc.T("Ghi chú: ", "Note: ") + loc.T(note));

            screen.Heading(loc.T("Căn cứ", "Legal bases"));
            foreach (var b in plan.LegalBases) screen.Line("- " + b);

            screen.Heading(loc.T("Điều khoản", "Clauses"));
            var width = plan.Descendants().Select(c => c.Path.Length).DefaultIfEmpty(8).Max() + 2;
            var fullText = r.GetValue(full);
            foreach (var clause in plan.Clauses) Print(clause, 0);

            screen.Heading(loc.T("Nghĩa vụ", "Obligations"));
            var table = screen.NewTable(
                loc.T("Mã", "Id"),
                loc.T("Điều khoản", "Clause"),
                loc.T("Hạn theo", "Deadline policy"),
                loc.T("Nội dung", "Description"));
            foreach (var o in plan.ObligationTemplates)
            {
                var stated = o.StatedDeadline?.Text ?? (o.StatedDeadlines.Count > 0 ? string.Join("; ", o.StatedDeadlines.Select(d => d.Text)) : null);
                table.AddRow(Markup.Escape(o.Id), Markup.Escape(o.ClausePath), Markup.Escape(stated ?? o.DeadlinePolicy ?? loc.T("(chỉ ghi nhận)", "(recorded only)")), Markup.Escape(loc.T(o.Description)));
            }

            screen.Write(table);
            screen.Line(loc.T("Phụ lục: ", "Appendix: ") + loc.T(plan.Appendix.Note));
            return Cli.ExitOk;

            void Print(Clause clause, int depth)
            {
                var text = clause.Heading ?? clause.Text;
                if (!fullText && text.Length > ShortText) text = text[..(ShortText - 3)].TrimEnd() + "...";
                screen.Line(clause.Path.PadRight(width) + new string(' ', depth * 2) + text);
                foreach (var child in clause.Children) Print(child, depth + 1);
            }
        });
        return command;
    }

    private static void WriteJson(CliContext ctx, PlanDocument plan) => JsonOutput.Write(ctx, w =>
    {
        JsonOutput.Str(w, "id", plan.Id);
        JsonOutput.Str(w, "title", plan.Title);
        JsonOutput.Str(w, "issuer", plan.IssuerName);
        JsonOutput.Str(w, "number", plan.Number);
        JsonOutput.Date(w, "signedOn", plan.SignedOn);
        JsonOutput.Str(w, "signer", $"{plan.Authority} {plan.Position} {plan.Signer}".Trim());
        JsonOutput.Text(w, "note", plan.Note);
        JsonOutput.Array(w, "legalBases", plan.LegalBases, b => w.WriteValue(b.ToString()));
        JsonOutput.Array(w, "clauses", plan.Clauses, Clause);
        JsonOutput.Objects(w, "obligations", plan.ObligationTemplates, o =>
        {
            JsonOutput.Str(w, "id", o.Id);
            JsonOutput.Str(w, "clause", o.ClausePath);
            JsonOutput.Str(w, "statedDeadline", o.StatedDeadline?.Text);
            JsonOutput.Str(w, "deadlinePolicy", o.DeadlinePolicy);
            JsonOutput.Text(w, "description", o.Description);
        });
        JsonOutput.Text(w, "appendixNote", plan.Appendix.Note);

        void Clause(Clause c)
        {
            w.WriteStartObject();
            JsonOutput.Str(w, "path", c.Path);
            JsonOutput.Str(w, "kind", JsonOutput.Camel(c.Kind));
            JsonOutput.Str(w, "number", c.Number);
            JsonOutput.Str(w, "heading", c.Heading);
            JsonOutput.Str(w, "text", c.Text);
            JsonOutput.Array(w, "children", c.Children, Clause);
            w.WriteEndObject();
        }
    });
}
