using LaiChau.PlanRules.Reports;
using Newtonsoft.Json.Linq;
using WebHost.Register;

namespace WebHost.Api;

/// <summary>Findings, the body × period matrix and explanations, from the live monitor, in the report JSON format.</summary>
internal static class ComplianceEndpoints
{
    public static RouteGroupBuilder MapCompliance(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api").WithTags("Compliance");

        // The findings of docs/report-format.md, filtered; every filter is optional and exact.
        g.MapGet("/findings", (DocumentRegister register, string? body, int? period, string? code, string? severity, string? lang) =>
        {
            var report = ReportJson(register, lang);
            var findings = ((JArray)report["findings"]!).Children<JObject>().Where(f =>
                (body is null || (string?)f["body"] == body) &&
                (period is null || (int?)f["period"] == period) &&
                (code is null || (string?)f["code"] == code) &&
                (severity is null || (string?)f["severity"] == severity));
            return Json.Text(new JObject
            {
                ["asOf"] = report["asOf"],
                ["illustrative"] = report["illustrative"],
                ["findings"] = new JArray(findings),
            }.ToString());
        });

        // One cell per body, period and report obligation: the report JSON's reportStatuses.
        g.MapGet("/matrix", (DocumentRegister register) =>
        {
            var report = ReportJson(register, null);
            return Json.Text(new JObject
            {
                ["asOf"] = report["asOf"],
                ["illustrative"] = report["illustrative"],
                ["cells"] = report["reportStatuses"],
            }.ToString());
        });

        g.MapGet("/findings/{id}/explanation", (string id, DocumentRegister register, string? lang) =>
        {
            var language = lang ?? "vi";
            var explanation = register.Evaluator.Explain(register.Snapshot(), id);
            if (explanation is null) return Problems.NotFound($"No finding '{id}' as of {register.Monitor.AsOf:dd/MM/yyyy}.");
            var f = explanation.Finding;
            return Json.Text(new JObject
            {
                ["id"] = f.Id,
                ["code"] = f.Code,
                ["message"] = f.Message.In(language),
                ["clause"] = f.ClausePath,
                ["clauseText"] = explanation.ClauseText,
                ["deadlineSteps"] = new JArray(explanation.DeadlineSteps.Select(s => s.In(language))),
                ["evidence"] = new JArray(explanation.Evidence.Select(s => s.In(language))),
                ["legalBases"] = new JArray(explanation.PlanLegalBases),
            }.ToString());
        });

        // The JSON Schema of evidence files (`planrules schema`), the contract of POST /api/documents.
        g.MapGet("/schema", () => Json.Text(EvidenceSchemaText.Value));

        return g;
    }

    private static JObject ReportJson(DocumentRegister register, string? lang) =>
        JObject.Parse(ComplianceReportJson.Serialize(register.Snapshot(), lang == "en" ? "en" : "vi"));

    /// <summary>The schema the library ships as an embedded resource (the text `planrules schema` prints).</summary>
    private static readonly Lazy<string> EvidenceSchemaText = new(() =>
    {
        using var stream = typeof(LaiChau.PlanRules.Evidence.EvidenceSet).Assembly.GetManifestResourceStream("LaiChau.PlanRules.Data.evidence.schema.json")
            ?? throw new InvalidOperationException("The library ships no evidence schema.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
