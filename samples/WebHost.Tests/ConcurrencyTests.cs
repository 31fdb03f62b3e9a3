using System.Net;

namespace WebHost.Tests;

/// <summary>Concurrent writers never lose or duplicate a document, and the monitor keeps up with them.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Post_TwentyConcurrentWriters_EveryDocumentOnceAndFindingsEqualAFullEvaluation()
    {
        using var factory = new WebHostFactory();
        var client = factory.CreateClient();
        var bodies = (await Api.GetJsonAsync(client, "/api/matrix"))["cells"]!
            .Where(c => (int)c["period"]! == 2025 && (string)c["status"]! == "missing")
            .Select(c => (string)c["body"]!).Distinct().ToList();
        Assert.NotEmpty(bodies);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Api.PostAsync(
            client, Api.Report($"WEB-C-{i:00}", bodies[i % bodies.Count], 2025, $"2026-01-{10 + i % 5:00}T09:{i:00}:00+07:00")))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var stored = Api.StoredIds(factory.DatabasePath);
        Assert.All(Enumerable.Range(0, 20), i => Assert.Single(stored, id => id == $"WEB-C-{i:00}"));
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Equal(Api.FullEvaluation(factory.DatabasePath, Api.Today), await Api.FindingIdsAsync(client));
    }
}
