using System.CommandLine;
using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Plan.Import;
using LaiChau.PlanRules.Plan.Import.Docx;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary>
/// <c>planrules plan import FILE [-o plan.json]</c>: reads a plan's text (.txt) or Word file (.docx) into a draft plan
/// file and prints a summary with the lines to review (docs/plan-import.md). Exit 0 when a draft is written (even with
/// lines to review), 2 when the file is not a plan.
/// </summary>
internal static class PlanImportCommand
{
    public static Command Create(CliContext ctx)
    {
        var loc = ctx.Loc;
        var file = new Argument<string>("FILE") { Description = loc.T("Văn bản kế hoạch: .txt (UTF-8) hoặc .docx.", "The plan's text: .txt (UTF-8) or .docx.") };
        var output = new Option<string?>("--output", "-o")
        {
            HelpName = "plan.json",
            Description = loc.T("Ghi bản nháp kế hoạch vào tệp này (mặc định: ra màn hình, bản tóm tắt ra stderr).", "Write the draft plan file here (default: to stdout, the summary to stderr)."),
        };
        var bodiesOut = new Option<string?>("--bodies-out")
        {
            HelpName = "FILE",
            Description = loc.T("Ghi bản nháp danh mục cơ quan văn bản nêu tên (docs/catalog-file.md).", "Write a draft catalog of the bodies the text names (docs/catalog-file.md)."),
        };
        var catalogFile = CommonOptions.CatalogFile(loc);
        var bodies = CommonOptions.BodiesFiles(loc);
        var vocabulary = new Option<string[]>("--vocabulary")
        {
            HelpName = "FILE",
            Description = loc.T("Bổ sung từ vựng nhập (cụm từ nhóm, động từ nhiệm vụ, kỳ, hạn; docs/plan-import.md); có thể lặp lại.", "Extra import vocabulary (group phrases, duty verbs, frequencies, deadlines; docs/plan-import.md); may be repeated."),
        };
        var policies = new Option<bool>("--deadline-policies")
        {
            Description = loc.T(
                "Nghĩa vụ không nêu hạn được gắn chính sách hạn của đơn vị sử dụng (hạn giả định); mặc định: chỉ ghi nhận.",
                "Duties without a stated date get the host's deadline policy (an assumed deadline); default: recorded only."),
        };
        var planId = new Option<string?>("--plan-id") { HelpName = "ID", Description = loc.T("Mã kế hoạch (mặc định: từ địa danh, số hiệu, năm).", "The plan id (default: from the place, numbers and year).") };
        var maxBytes = CommonOptions.MaxBytes(loc);
        var command = new Command("import", loc.T(
            "Đọc văn bản kế hoạch (.txt, .docx) thành bản nháp tệp kế hoạch và danh sách dòng cần rà soát.",
            "Read a plan's text (.txt, .docx) into a draft plan file and a list of lines to review."));
        command.Arguments.Add(file);
        foreach (var o in new Option[] { output, bodiesOut, catalogFile, bodies, vocabulary, policies, planId, maxBytes }) command.Options.Add(o);
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            var limits = CommonOptions.Limits(r, maxBytes, ctx);
            var options = new PlanImportOptions
            {
                Catalog = CommonOptions.Catalog(ctx.Files, r.GetValue(catalogFile), r.GetValue(bodies) ?? [], limits),
                PlanId = r.GetValue(planId),
                UseDeadlinePolicies = r.GetValue(policies),
                Limits = limits,
            };
            foreach (var v in r.GetValue(vocabulary) ?? [])
            {
                ctx.Files.Check(v, "--vocabulary");
                options.VocabularyFiles.Add(v);
            }
            var result = ctx.Files.Read(path, (s, name) => path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
                ? DocxPlanText.Import(s, name, options)
                : PlanImporter.Import(s, name, options));

            var outPath = r.GetValue(output);
            Write(ctx, outPath, result.PlanJson);
            if (r.GetValue(bodiesOut) is { } catalogOut) Write(ctx, catalogOut, result.CatalogDraftJson);
            var summary = outPath is null ? ctx.Error : ctx.Out;
            Summary(result, outPath, r.GetValue(bodiesOut), loc, summary);
            summary.Flush();
            return Cli.ExitOk;
        });
        return command;
    }

    private static void Write(CliContext ctx, string? path, string text)
    {
        if (path is null)
        {
            ctx.Out.Write(text);
            ctx.Out.Flush();
            return;
        }

        using var stream = ctx.OpenOutput(path);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(text);
    }

    private static void Summary(PlanImportResult result, string? outPath, string? catalogOut, Loc loc, TextWriter w)
    {
        var plan = JObject.Parse(result.PlanJson);
        var templates = (JArray)plan["obligationTemplates"]!;
        var inferred = templates.Count(t => (bool?)t["isInferred"] == true);
        var clauses = CountClauses((JArray)plan["clauses"]!);
        var tasks = ((JArray?)plan["appendix"]?["tasks"])?.Count ?? 0;
        var n = (int x) => x.ToString(CultureInfo.InvariantCulture);
        Screen.SafeLine(w, loc.T("Đã nhập: ", "Imported: ") + $"{(string?)plan["title"]} ({(string?)plan["id"]})");
        Screen.SafeLine(w, loc.T(
            $"Điều khoản: {n(clauses)}; căn cứ: {n(((JArray)plan["legalBases"]!).Count)}; nghĩa vụ: {n(templates.Count)} (nêu trong văn bản {n(templates.Count - inferred)}, suy luận {n(inferred)}); nơi nhận: {n(((JArray)plan["recipients"]!).Count)}; nhiệm vụ phụ lục: {n(tasks)}; cần rà soát: {n(result.Review.Count)}.",
            $"Clauses: {n(clauses)}; legal bases: {n(((JArray)plan["legalBases"]!).Count)}; obligation templates: {n(templates.Count)} (stated {n(templates.Count - inferred)}, inferred {n(inferred)}); recipients: {n(((JArray)plan["recipients"]!).Count)}; appendix tasks: {n(tasks)}; to review: {n(result.Review.Count)}."));
        if (outPath is not null) Screen.SafeLine(w, loc.T("Bản nháp kế hoạch: ", "Draft plan: ") + outPath);
        if (catalogOut is not null) Screen.SafeLine(w, loc.T("Bản nháp danh mục cơ quan: ", "Draft catalog: ") + catalogOut);
        if (result.LocalizedPlanLoadError is { } error)
        {
            Screen.SafeLine(w, loc.T("Bản nháp chưa nạp được thành kế hoạch: ", "The draft does not load as a plan yet: ") + loc.T(error));
        }

        if (result.Review.Count == 0) return;
        Screen.SafeLine(w, loc.T("Cần rà soát (dòng: nội dung — lý do):", "To review (line: text — reason):"));
        foreach (var item in result.Review)
        {
            var where = item.LineNumber == 0 ? loc.T("chung", "general") : loc.T("dòng ", "line ") + n(item.LineNumber);
            var text = item.Text.Length > 80 ? item.Text[..77] + "..." : item.Text;
            Screen.SafeLine(w, $"  {where}: {text} — {loc.T(item.Reason)}");
        }
    }

    private static int CountClauses(JArray clauses) =>
        clauses.Sum(c => 1 + (c["children"] is JArray children ? CountClauses(children) : 0));
}
