using System.Collections.Concurrent;
using System.Net;

namespace WebHost.Tests;

/// <summary>
/// The WebHost as a real process on 127.0.0.1, killed with SIGKILL during a burst of writes: after the restart
/// every acknowledged write is there and the monitor's findings equal a full evaluation of the database.
/// </summary>
public sealed class KillAndRestartTests
{
    [Fact]
    public async Task Kill_DuringABurstOfWrites_AcknowledgedWritesKeptAndFindingsEqualAFullEvaluation()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("webhost-kill-").FullName, "register.db");
        var acknowledged = new ConcurrentBag<string>();

        using (var first = await HostProcess.StartAsync(database))
        {
            var bodies = (await Api.GetJsonAsync(first.Client, "/api/matrix"))["cells"]!
                .Select(c => (string)c["body"]!).Distinct().ToList();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = $"WEB-K-{w}-{i:000}";
                    try
                    {
                        var r = await Api.PostAsync(first.Client, Api.Report(id, bodies[(w * 7 + i) % bodies.Count], 2025, "2026-01-12T08:00:00+07:00"));
                        if (r.StatusCode == HttpStatusCode.Created) acknowledged.Add(id);
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone
                    }
                }
            })).ToList();

            while (acknowledged.Count < 30) await Task.Delay(10);
            first.Kill(); // SIGKILL: no shutdown, no flush, writes in flight
            stop.Cancel();
            await Task.WhenAll(writers);
        }

        using var second = await HostProcess.StartAsync(database);
        var stored = Api.StoredIds(database);
        var findings = await Api.GetJsonAsync(second.Client, "/api/findings");
        var asOf = DateOnly.Parse((string)findings["asOf"]!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(acknowledged.Count >= 30);
        Assert.All(acknowledged, id => Assert.Single(stored, s => s == id));
        Assert.Equal(Api.FullEvaluation(database, asOf), await Api.FindingIdsAsync(second.Client));
    }
}
