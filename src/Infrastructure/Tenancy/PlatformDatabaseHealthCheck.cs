using Microsoft.Extensions.Diagnostics.HealthChecks;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>Ready means the platform catalog answers: without it no studio can be resolved.</summary>
public sealed class PlatformDatabaseHealthCheck(PlatformDbContext catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await catalog.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy("Platform database reachable.")
            : HealthCheckResult.Unhealthy("Platform database unreachable.");
}
