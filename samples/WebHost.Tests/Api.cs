using System.Net.Http.Headers;
using System.Text;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using Newtonsoft.Json.Linq;
using WebHost.Register;

namespace WebHost.Tests;

/// <summary>What the tests ask the host, and the full evaluation they compare its answers with.</summary>
internal static class Api
{
    public static readonly DateOnly Today = new(2026, 1, 15);

    private static readonly Lazy<ComplianceEvaluator> Evaluator = new(() => ComplianceEvaluator.Create());

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string json) =>
        client.PostAsync("/api/documents", new StringContent(json, Encoding.UTF8, "application/json"));

    public static string Report(string id, string body, int period, string receivedAt, string means = "\"email\"") => $$"""
        {"schemaVersion": 1, "reports": [{"id": "{{id}}", "body": "{{body}}", "period": {{period}}, "receivedAt": "{{receivedAt}}",
          "addressee": "ubnd-tinh", "deliveredTo": "so-noi-vu", "means": {{means}}}]}
        """;

    public static async Task<JObject> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<List<string>> FindingIdsAsync(HttpClient client, string query = "") =>
        (await GetJsonAsync(client, "/api/findings" + query))["findings"]!.Select(f => (string)f["id"]!).Order(StringComparer.Ordinal).ToList();

    /// <summary>The finding ids of a full evaluation of everything the database file holds.</summary>
    public static List<string> FullEvaluation(string databasePath, DateOnly asOf) =>
        Evaluator.Value.Evaluate(new DocumentStore(databasePath).Load(), asOf).Findings.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>As <see cref="FullEvaluation"/>, by an evaluator with other options.</summary>
    public static List<string> FullEvaluationWith(string databasePath, DateOnly asOf, Action<PlanRulesOptions> configure) =>
        ComplianceEvaluator.Create(configure).Evaluate(new DocumentStore(databasePath).Load(), asOf).Findings.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();

    public static List<string> StoredIds(string databasePath) =>
        EvidenceParts.Items(new DocumentStore(databasePath).Load()).Select(i => i.Id).ToList();

    public static ComplianceEvaluator FileEvaluator => Evaluator.Value;

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage r) => r.Content.Headers.ContentType;
}
