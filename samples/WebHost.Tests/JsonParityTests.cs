using System.Net;
using LaiChau.PlanRules;
using LaiChau.PlanRules.Evidence;
using Newtonsoft.Json.Linq;

namespace WebHost.Tests;

/// <summary>
/// JSON over HTTP accepts and refuses exactly what the file reader does: each case is written to a file and
/// read by <see cref="EvidenceReader.ReadFile"/> (then evaluated, which finds unknown ids), and posted to the host.
/// </summary>
public sealed class JsonParityTests(JsonParityTests.Host host) : IClassFixture<JsonParityTests.Host>
{
    public sealed class Host : IDisposable
    {
        public WebHostFactory Factory { get; } = new();

        public HttpClient Client => Factory.CreateClient();

        public void Dispose() => Factory.Dispose();
    }

    // The plan's signing date, which the embedded draft lacks: the file can be evaluated on its own; the host
    // keeps the register's own plan and policy and takes only the documents of a request.
    private const string Plan = "\"plan\": {\"signedOn\": \"2024-10-15\"},";

    private const string At = "\"receivedAt\": \"2026-01-14T09:00:00+07:00\"";

    [Theory]
    [InlineData("means-name", true, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P1\",\"body\":\"so-y-te\",\"period\":2025," + At + ",\"means\":\"email\"}]}")] // the documented enum name (ASP.NET's binder refuses it)
    [InlineData("means-number", false, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P2\",\"body\":\"so-y-te\",\"period\":2025," + At + ",\"means\":3}]}")] // a number is not an enum name (ASP.NET's binder accepts it)
    [InlineData("means-unknown", false, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P3\",\"body\":\"so-y-te\",\"period\":2025," + At + ",\"means\":\"pigeon\"}]}")] // no such means (fax is one)
    [InlineData("duplicate-key", false, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P4\",\"id\":\"P4b\",\"body\":\"so-y-te\",\"period\":2025," + At + "}]}")] // duplicate keys are refused
    [InlineData("impossible-date", false, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P5\",\"body\":\"so-y-te\",\"period\":2025,\"receivedAt\":\"2026-02-30T09:00:00+07:00\"}]}")] // 30 February
    [InlineData("no-received-at", false, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P6\",\"body\":\"so-y-te\",\"period\":2025}]}")] // a required member missing
    [InlineData("unknown-body", false, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P7\",\"body\":\"so-khong-co\",\"period\":2025," + At + "}]}")] // found by the evaluation, not the parser
    [InlineData("unknown-member", false, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P8\",\"body\":\"so-y-te\",\"period\":2025," + At + ",\"sender\":\"x\"}]}")] // a typo of a member name
    [InlineData("schema-version", false, "{\"schemaVersion\":99," + Plan + "\"reports\":[{\"id\":\"P9\",\"body\":\"so-y-te\",\"period\":2025," + At + "}]}")] // a future format
    [InlineData("not-json", false, "{\"schemaVersion\":1," + Plan + "\"reports\":[")] // truncated
    [InlineData("no-time-zone", true, "{\"schemaVersion\":1," + Plan + "\"reports\":[{\"id\":\"P10\",\"body\":\"so-y-te\",\"period\":2025,\"receivedAt\":\"2026-01-14T09:00:00\"}]}")] // an instant without offset is Vietnam time, for both
    public async Task Post_SameTextAsAFile_SameVerdictAndSamePath(string name, bool accepted, string json)
    {
        var file = Path.Combine(Path.GetDirectoryName(host.Factory.DatabasePath)!, name + ".json");
        await File.WriteAllTextAsync(file, json);
        PlanRulesInputException? fileError = null;
        try
        {
            var evidence = EvidenceReader.ReadFile(file);
            try
            {
                Api.FileEvaluator.Evaluate(evidence, Api.Today);
            }
            catch (PlanRulesInputException e)
            {
                fileError = EvidenceReader.Locate(evidence, e);
            }
        }
        catch (PlanRulesInputException e)
        {
            fileError = e;
        }

        var response = await Api.PostAsync(host.Client, json);

        Assert.Equal(accepted, fileError is null);
        Assert.Equal(fileError is null ? HttpStatusCode.Created : HttpStatusCode.BadRequest, response.StatusCode);
        if (fileError is not null)
        {
            var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(fileError.JsonPath, (string?)problem["jsonPath"]);
            Assert.Equal(fileError.LineNumber, (int?)problem["line"]);
            Assert.Equal(fileError.LinePosition, (int?)problem["column"]);
            Assert.Equal(fileError.Reason, (string?)problem["detail"]); // Vietnamese by default

            // The same problem in English with ?lang=en.
            var english = await host.Client.PostAsync("/api/documents?lang=en", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
            var problemEn = JObject.Parse(await english.Content.ReadAsStringAsync());
            Assert.Equal(fileError.LocalizedReason.En, (string?)problemEn["detail"]);
            Assert.EndsWith(fileError.LocalizedReason.En, (string?)problemEn["message"], StringComparison.Ordinal);
        }
    }
}
