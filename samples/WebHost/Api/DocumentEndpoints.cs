using LaiChau.PlanRules;
using LaiChau.PlanRules.Evidence;
using WebHost.Register;

namespace WebHost.Api;

/// <summary>The register: registering documents (evidence JSON, as in files), withdrawing them, listing them.</summary>
internal static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/documents").WithTags("Documents");

        // The body is an evidence file's JSON holding the documents to register ({"schemaVersion":1,"reports":[...]}),
        // read by EvidenceReader: what a file may hold, the request may hold, and nothing else. An input error is a
        // problem in Vietnamese, or in English with ?lang=en.
        g.MapPost("/", async (HttpRequest request, DocumentRegister register, string? lang, CancellationToken ct) =>
        {
            try
            {
                var ids = await register.RegisterAsync(await Json.ReadBodyAsync(request, ct), ct);
                var body = new Newtonsoft.Json.Linq.JObject { ["registered"] = new Newtonsoft.Json.Linq.JArray(ids), ["findings"] = register.Monitor.FindingIds.Count };
                return Json.Text(body.ToString(), StatusCodes.Status201Created);
            }
            catch (PlanRulesInputException e)
            {
                return Problems.BadInput(e, lang);
            }
        }).Accepts<object>("application/json");

        g.MapDelete("/{id}", async (string id, DocumentRegister register, CancellationToken ct) =>
            await register.WithdrawAsync(id, ct) ? Results.NoContent() : Problems.NotFound($"No document '{id}' in the register."));

        // Everything the register holds, written by EvidenceWriter: a file `planrules check` reads.
        g.MapGet("/", (DocumentRegister register) => Json.Text(EvidenceWriter.Serialize(register.Monitor.CurrentEvidence())));

        return g;
    }
}
