using System.CommandLine;
using System.Globalization;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary><c>planrules explain ID|CODE [FILE]</c>: why a finding exists, with the clause, the legal basis, the evidence and the deadline arithmetic.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext ctx)
    {
        var loc = ctx.Loc;
        var finding = new Argument<string>("ID|CODE") { Description = loc.T("Mã phát hiện (ví dụ REPORT_LATE:annual-report:so-xay-dung:2024) hoặc mã quy tắc (lấy phát hiện đầu tiên).", "A finding id (for example REPORT_LATE:annual-report:so-xay-dung:2024) or a code (the first finding with it).") };
        var inputs = new CheckInputs(ctx);
        var command = new Command("explain", loc.T(
            "Giải thích một phát hiện: quy tắc, điều khoản, căn cứ, chứng cứ và cách tính hạn.",
            "Explain a finding: the rule, the clause, the legal basis, the evidence and how the due date was computed."));
        command.Arguments.Add(finding);
        inputs.AddTo(command);
        var format = JsonOutput.FormatOption(ctx);
        command.Options.Add(format);
        command.SetAction(r =>
        {
            var run = inputs.Load(r, ctx.Environment);
            var report = run.Evaluate();
            var key = r.GetValue(finding)!;
            var explanation = run.Evaluator.Explain(report, key) ?? throw new UsageException(loc.T(
                $"Không có phát hiện nào có mã '{key}' tại ngày {Loc.Date(report.AsOf)} (xem planrules check).",
                $"No finding has the id or code '{key}' as of {Loc.Date(report.AsOf)} (see planrules check)."));
            if (JsonOutput.Wanted(r, format))
            {
                WriteJson(ctx, run, report, explanation);
                return Cli.ExitOk;
            }

            var screen = ctx.OpenScreen(r);
            var f = explanation.Finding;
            if (report.Illustrative) screen.Line(loc.T("*** DỮ LIỆU MINH HỌA ***", "*** ILLUSTRATIVE DATA (DỮ LIỆU MINH HỌA) ***"));
            screen.Line(loc.T("Phát hiện: ", "Finding: ") + f.Id);
            screen.Line(loc.T("Mã: ", "Code: ") + $"{f.Code} ({StatusText.SeverityOne(f.Severity, loc)})");
            screen.Line(loc.T("Cơ quan: ", "Body: ") + (f.BodyName ?? f.BodyId) + $" [{f.BodyId}]"
                + (f.ResponsibleBodyId is { } rb ? loc.T("; nay chịu trách nhiệm: ", "; responsible now: ") + rb : string.Empty));
            if (f.PeriodLabel is { } p) screen.Line(loc.T("Kỳ: ", "Period: ") + loc.T(p));
            if (f.DueOn is { } due)
            {
                screen.Line(loc.T("Hạn: ", "Due: ") + Loc.Date(due)
                    + (f.IsDueAssumed ? loc.T(" (hạn giả định: ", " (assumed deadline: ") + StatusText.Confidence(f.DueConfidence!.Value, loc) + ")" : string.Empty)
                    + (f.DeadlinePolicy is { } dp ? loc.T(", theo ", ", from ") + dp : string.Empty));
            }

            screen.Line(loc.T("Nội dung: ", "Message: ") + loc.T(f.Message));
            screen.Line(loc.T(ReportLabels.AsOf) + ": " + $"{Loc.Date(report.AsOf)} ({run.AsOfSourceText(loc)})");

            screen.Heading(loc.T("Quy tắc", "Rule"));
            var rule = explanation.Rule;
            screen.Line(loc.T(rule.Description));
            screen.Line(loc.T("Căn cứ: ", "Basis: ") + rule.LegalBasis);
            if (loc.T(rule.DefaultPolicy) is { Length: > 0 } policy) screen.Line(loc.T("Chính sách: ", "Policy: ") + policy);

            screen.Heading(loc.T("Điều khoản ", "Clause ") + f.ClausePath);
            screen.Line(explanation.ClauseText.Length > 0 ? explanation.ClauseText : loc.T("(không có nội dung)", "(no text)"));

            screen.Heading(loc.T("Căn cứ của kế hoạch", "The plan's legal bases"));
            foreach (var b in explanation.PlanLegalBases) screen.Line("- " + b);

            screen.Heading(loc.T("Chứng cứ", "Evidence"));
            foreach (var e in explanation.Evidence) screen.Line("- " + loc.T(e));

            screen.Heading(loc.T("Cách tính hạn", "How the due date was computed"));
            if (explanation.DeadlineSteps.Count == 0) screen.Line(loc.T("Phát hiện này không có hạn.", "This finding has no due date."));
            for (var i = 0; i < explanation.DeadlineSteps.Count; i++)
            {
                screen.Line(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. ") + loc.T(explanation.DeadlineSteps[i]));
            }

            return Cli.ExitOk;
        });
        return command;
    }

    private static void WriteJson(CliContext ctx, CheckRun run, ComplianceReport report, FindingExplanation e) => JsonOutput.Write(ctx, w =>
    {
        JsonOutput.Date(w, "asOf", report.AsOf);
        JsonOutput.Str(w, "asOfSource", JsonOutput.Camel(run.AsOfSource));
        JsonOutput.Value(w, "illustrative", report.Illustrative);
        w.WritePropertyName("finding");
        w.WriteStartObject();
        ComplianceReportJson.FindingMembers(w, e.Finding, ctx.Loc.Code);
        w.WriteEndObject();
        w.WritePropertyName("rule");
        w.WriteStartObject();
        JsonOutput.Str(w, "code", e.Rule.Code);
        JsonOutput.Str(w, "severity", ComplianceReportJson.Severity(e.Rule.Severity));
        JsonOutput.Str(w, "clause", e.Rule.ClausePath);
        JsonOutput.Str(w, "legalBasis", e.Rule.LegalBasis);
        JsonOutput.Text(w, "description", e.Rule.Description);
        JsonOutput.Text(w, "defaultPolicy", e.Rule.DefaultPolicy);
        w.WriteEndObject();
        w.WritePropertyName("clause");
        w.WriteStartObject();
        JsonOutput.Str(w, "path", e.Finding.ClausePath);
        JsonOutput.Str(w, "text", e.ClauseText);
        w.WriteEndObject();
        JsonOutput.Array(w, "planLegalBases", e.PlanLegalBases, w.WriteValue);
        JsonOutput.Array(w, "evidence", e.Evidence, t => JsonOutput.Text(w, t));
        JsonOutput.Array(w, "deadlineSteps", e.DeadlineSteps, t => JsonOutput.Text(w, t));
    });
}
