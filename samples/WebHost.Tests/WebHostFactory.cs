using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace WebHost.Tests;

/// <summary>The WebHost on its own SQLite file in a fresh folder, with a fake clock (Vietnam time 15/01/2026 10:00 by default).</summary>
public sealed class WebHostFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public WebHostFactory(string? databasePath = null, DateTimeOffset? now = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        DatabasePath = databasePath ?? Path.Combine(Directory.CreateTempSubdirectory("webhost-test-").FullName, "register.db");
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.FromHours(7)));
    }

    public string DatabasePath { get; }

    public FakeTimeProvider Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Register:DatabasePath", DatabasePath);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
