using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WebHost.Register;

/// <summary>Healthy when the database answers and the monitor is running.</summary>
internal sealed class RegisterHealthCheck(DocumentRegister register, DocumentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            store.Migrate();
            return Task.FromResult(HealthCheckResult.Healthy($"as of {register.Monitor.AsOf:yyyy-MM-dd}, {register.Monitor.FindingIds.Count} findings"));
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message, e));
        }
    }
}
