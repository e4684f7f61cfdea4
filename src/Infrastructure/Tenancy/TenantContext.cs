using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>
/// Scoped: which studio this request (or CLI scope) works for, and its lease on that studio's connections, taken once
/// by the tenant-resolution middleware or the CLI and given back when the scope ends.
/// </summary>
public sealed class TenantContext(TenantDataSourceRegistry registry) : ITenantContext, IDisposable
{
    public TenantInfo? Tenant { get; private set; }

    public TenantDataSourceRegistry.Lease? Lease { get; private set; }

    /// <summary>Points the scope at a studio, waiting in line when its server's connections are all in use.</summary>
    public async Task EnterAsync(TenantInfo tenant, CancellationToken ct)
    {
        if (Tenant is not null) throw new InvalidOperationException("This scope already works for a studio.");
        Lease = await registry.AcquireAsync(tenant, ct);
        Tenant = tenant;
    }

    public void Dispose() => Lease?.Dispose();
}
