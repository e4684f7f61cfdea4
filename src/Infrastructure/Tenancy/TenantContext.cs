using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>Scoped: set once per request by the tenant-resolution middleware, or by the CLI for one studio.</summary>
public sealed class TenantContext : ITenantContext
{
    public TenantInfo? Tenant { get; set; }
}
