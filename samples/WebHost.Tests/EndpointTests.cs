using System.Net;
using LaiChau.PlanRules.Evidence;
using Newtonsoft.Json.Linq;

namespace WebHost.Tests;

/// <summary>Every endpoint, through HTTP, on a fresh register seeded with the illustrative evidence.</summary>
public sealed class EndpointTests : IDisposable
{
    private readonly WebHostFactory _factory = new();
    private readonly HttpClient _client;

    public EndpointTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Start_EmptyDatabase_SeedsTheIllustrativeEvidenceAndJudgesAsOfToday()
    {
        var findings = await Api.GetJsonAsync(_client, "/api/findings");

        Assert.Equal("2026-01-15", (string)findings["asOf"]!);
        Assert.True((bool)findings["illustrative"]!);
        var seed = EvidenceReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "data", "illustrative-evidence.json"));
        Assert.Equal(seed.Reports.Select(r => r.Id), Api.StoredIds(_factory.DatabasePath).Where(id => seed.Reports.Any(r => r.Id == id)));
        Assert.Equal(Api.FullEvaluation(_factory.DatabasePath, Api.Today), await Api.FindingIdsAsync(_client));
    }

    [Fact]
    public async Task Health_Running_Healthy()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostDocument_LateReport_CommittedAndTheMissingFindingBecomesLate()
    {
        var missing = (await Api.GetJsonAsync(_client, "/api/findings?code=REPORT_MISSING&period=2025"))["findings"]!.First!;
        var body = (string)missing["body"]!;

        var response = await Api.PostAsync(_client, Api.Report("WEB-LATE-1", body, 2025, "2026-01-14T09:00:00+07:00"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("WEB-LATE-1", Api.StoredIds(_factory.DatabasePath));
        Assert.DoesNotContain((string)missing["id"]!, await Api.FindingIdsAsync(_client));
        var cell = (await Api.GetJsonAsync(_client, "/api/matrix"))["cells"]!.Single(c => (string)c["body"]! == body && (int)c["period"]! == 2025);
        Assert.Equal("late", (string)cell["status"]!);
        Assert.Equal("WEB-LATE-1", (string)cell["evidence"]!);
        Assert.Equal(Api.FullEvaluation(_factory.DatabasePath, Api.Today), await Api.FindingIdsAsync(_client));
    }

    [Fact]
    public async Task DeleteDocument_Registered_WithdrawnFromDatabaseAndMonitor()
    {
        var before = await Api.FindingIdsAsync(_client);
        var missing = (await Api.GetJsonAsync(_client, "/api/findings?code=REPORT_MISSING&period=2025"))["findings"]!.First!;
        await Api.PostAsync(_client, Api.Report("WEB-W-1", (string)missing["body"]!, 2025, "2026-01-14T09:00:00+07:00"));

        var response = await _client.DeleteAsync("/api/documents/WEB-W-1");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain("WEB-W-1", Api.StoredIds(_factory.DatabasePath));
        Assert.Equal(before, await Api.FindingIdsAsync(_client));
    }

    [Fact]
    public async Task DeleteDocument_Unknown_NotFoundProblem()
    {
        var response = await _client.DeleteAsync("/api/documents/NO-SUCH-ID");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", Api.ContentType(response)?.MediaType);
    }

    [Fact]
    public async Task GetDocuments_AfterAPost_TheEvidenceFileOfTheRegister()
    {
        await Api.PostAsync(_client, Api.Report("WEB-D-1", "so-y-te", 2025, "2026-01-14T09:00:00+07:00"));

        var response = await _client.GetAsync("/api/documents");
        var evidence = EvidenceReader.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(evidence.Illustrative);
        Assert.Single(evidence.Reports, r => r.Id == "WEB-D-1" && r.Means == DeliveryMeans.Email);
    }

    [Theory]
    [InlineData("?severity=violation", "severity", "violation")] // the officer's first question: who is in breach
    [InlineData("?code=REPORT_LATE", "code", "REPORT_LATE")] // one finding code
    [InlineData("?body=so-y-te", "body", "so-y-te")] // one body's findings
    [InlineData("?period=2024", "period", "2024")] // one year
    public async Task GetFindings_Filter_OnlyMatchingAndAllOfThem(string query, string field, string value)
    {
        var all = (await Api.GetJsonAsync(_client, "/api/findings"))["findings"]!;
        var filtered = (await Api.GetJsonAsync(_client, "/api/findings" + query))["findings"]!;

        Assert.NotEmpty(filtered);
        Assert.All(filtered, f => Assert.Equal(value, (string)f[field]!));
        Assert.Equal(all.Count(f => (string)f[field]! == value), filtered.Count());
    }

    [Fact]
    public async Task GetMatrix_Seeded_OneCellPerReportObligationOfTheFullEvaluation()
    {
        var cells = (await Api.GetJsonAsync(_client, "/api/matrix"))["cells"]!;
        var full = Api.FileEvaluator.Evaluate(new WebHost.Register.DocumentStore(_factory.DatabasePath).Load(), Api.Today);

        Assert.Equal(full.ReportStatuses.Select(s => s.ObligationId).Order(StringComparer.Ordinal), cells.Select(c => (string)c["obligation"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetExplanation_KnownFinding_ClauseAndDeadlineSteps()
    {
        var id = (await Api.FindingIdsAsync(_client, "?code=REPORT_LATE")).First();

        var explanation = await Api.GetJsonAsync(_client, $"/api/findings/{Uri.EscapeDataString(id)}/explanation");

        Assert.Equal(id, (string)explanation["id"]!);
        Assert.False(string.IsNullOrWhiteSpace((string)explanation["clauseText"]!));
        Assert.NotEmpty(explanation["deadlineSteps"]!);
    }

    [Fact]
    public async Task GetExplanation_UnknownFinding_NotFoundProblem()
    {
        var response = await _client.GetAsync("/api/findings/NO_SUCH_FINDING/explanation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", Api.ContentType(response)?.MediaType);
    }

    [Fact]
    public async Task GetSchema_TheEvidenceJsonSchema()
    {
        var schema = await Api.GetJsonAsync(_client, "/api/schema");

        Assert.Contains("2020-12", (string)schema["$schema"]!);
        Assert.NotNull(schema["properties"]!["reports"]);
    }

    [Fact]
    public async Task GetOpenApi_PostDocuments_PointsAtTheEvidenceSchemaNotAGeneratedShape()
    {
        var openApi = await Api.GetJsonAsync(_client, "/openapi/v1.json");
        var post = openApi["paths"]!["/api/documents"]!["post"]!;

        Assert.Equal("/api/schema", (string)post["externalDocs"]!["url"]!);
        Assert.Null(post["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]);
        Assert.NotNull(openApi["paths"]!["/api/schema"]);
    }

    [Theory]
    [InlineData("/api/downloads/tong-hop.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")] // a zip
    [InlineData("/api/downloads/synthesis-2025.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("/api/downloads/urging-2025.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")] // 2025 has missing reports
    [InlineData("/api/downloads/bao-cao.html", "text/html", "<!")] // the printable report
    [InlineData("/", "text/html", "<!")] // the dashboard
    public async Task Download_Document_RenderedByTheOfficePackage(string url, string mediaType, string start)
    {
        var response = await _client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, Api.ContentType(response)?.MediaType);
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(bytes, 0, 2), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Download_UrgingForAYearWithoutColumn_NotFoundProblemNamingTheColumns()
    {
        // 1999 is none of the report's periods: a problem saying which columns there are, not a server error.
        var response = await _client.GetAsync("/api/downloads/urging-1999.docx");
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", Api.ContentType(response)?.MediaType);
        Assert.Contains("2025", (string)problem["detail"]!);
    }

    [Theory]
    [InlineData("/api/downloads/urging-2025.docx?part=H1")] // the demo's report is annual: no first half
    [InlineData("/api/downloads/urging-2025.docx?part=H3")] // no such part
    [InlineData("/api/downloads/synthesis-1999.docx")] // none of the report's periods
    public async Task Download_APeriodTheReportHasNot_NotFoundProblem(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", Api.ContentType(response)?.MediaType);
    }

    [Fact]
    public async Task PostDocument_NumberForMeans_ProblemWithPathLineAndColumnAndNothingWritten()
    {
        var before = Api.StoredIds(_factory.DatabasePath);

        var response = await Api.PostAsync(_client, Api.Report("WEB-BAD-1", "so-y-te", 2025, "2026-01-14T09:00:00+07:00", means: "3"));
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", Api.ContentType(response)?.MediaType);
        Assert.Equal("reports[0].means", (string)problem["jsonPath"]!);
        Assert.Equal(2, (int)problem["line"]!);
        Assert.True((int)problem["column"]! > 0);
        Assert.Equal(before, Api.StoredIds(_factory.DatabasePath));
    }

    [Fact]
    public async Task PostDocument_UnknownBody_ProblemAtTheBodyAndNothingWritten()
    {
        var before = Api.StoredIds(_factory.DatabasePath);

        var response = await Api.PostAsync(_client, Api.Report("WEB-BAD-2", "so-khong-co", 2025, "2026-01-14T09:00:00+07:00"));
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("reports[0].body", (string)problem["jsonPath"]!);
        Assert.Equal(before, Api.StoredIds(_factory.DatabasePath));
    }

    [Fact]
    public async Task PostDocument_ReusedId_ProblemAndNothingWritten()
    {
        var first = await Api.PostAsync(_client, Api.Report("WEB-DUP-1", "so-y-te", 2025, "2026-01-14T09:00:00+07:00"));
        var second = await Api.PostAsync(_client, Api.Report("WEB-DUP-1", "so-tai-chinh", 2025, "2026-01-14T09:00:00+07:00"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Single(Api.StoredIds(_factory.DatabasePath), id => id == "WEB-DUP-1");
    }

    [Fact]
    public async Task Restart_SameDatabase_RegisteredDocumentsAndFindingsKept()
    {
        await Api.PostAsync(_client, Api.Report("WEB-R-1", "so-y-te", 2025, "2026-01-14T09:00:00+07:00"));
        var before = await Api.FindingIdsAsync(_client);
        _factory.Dispose();

        using var again = new WebHostFactory(_factory.DatabasePath);
        var client = again.CreateClient();

        Assert.Equal(before, await Api.FindingIdsAsync(client));
        Assert.Single(Api.StoredIds(again.DatabasePath), id => id == "WEB-R-1");
    }
}
