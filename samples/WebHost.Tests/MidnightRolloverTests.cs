namespace WebHost.Tests;

/// <summary>The as-of date moves at midnight in Vietnam, by the injected clock.</summary>
public sealed class MidnightRolloverTests
{
    [Fact]
    public async Task Clock_PassesMidnightInVietnam_AsOfMovesAndFindingsEqualAFullEvaluation()
    {
        // 16:59 UTC is 23:59 in Vietnam: one minute before the date changes (the server's own zone plays no part).
        using var factory = new WebHostFactory(now: new DateTimeOffset(2025, 12, 31, 16, 59, 0, TimeSpan.Zero));
        var client = factory.CreateClient();
        Assert.Equal("2025-12-31", (string)(await Api.GetJsonAsync(client, "/api/findings"))["asOf"]!);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var asOf = "";
        for (var i = 0; i < 100 && asOf != "2026-01-01"; i++)
        {
            await Task.Delay(20);
            asOf = (string)(await Api.GetJsonAsync(client, "/api/findings"))["asOf"]!;
        }

        Assert.Equal("2026-01-01", asOf);
        Assert.Equal(Api.FullEvaluation(factory.DatabasePath, new DateOnly(2026, 1, 1)), await Api.FindingIdsAsync(client));
    }

    [Fact]
    public async Task Clock_BeforeMidnightInVietnam_AsOfStays()
    {
        using var factory = new WebHostFactory(now: new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero));
        var client = factory.CreateClient();

        factory.Clock.Advance(TimeSpan.FromMinutes(59)); // 23:59 in Vietnam, still 31/12
        await Task.Delay(100);

        Assert.Equal("2025-12-31", (string)(await Api.GetJsonAsync(client, "/api/findings"))["asOf"]!);
    }
}
