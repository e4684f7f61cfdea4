using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Cli;

/// <summary>Points a CLI scope at one studio, exactly as the tenant-resolution middleware does for a request.</summary>
public static class StudioScope
{
    public static async Task EnterAsync(IServiceProvider scope, string subdomain, CancellationToken ct)
    {
        var resolution = await scope.GetRequiredService<TenantResolver>().ResolveSubdomainAsync(subdomain.Trim().ToLowerInvariant(), ct);
        var tenant = resolution.Outcome switch
        {
            ResolutionOutcome.Studio => resolution.Tenant!,
            ResolutionOutcome.NotReady => throw new InvalidOperationException($"Studio '{subdomain}' is not ready (provisioning failed or in progress)."),
            _ => throw new InvalidOperationException($"There is no studio '{subdomain}'. See `rsm tenants list`."),
        };
        await scope.GetRequiredService<TenantContext>().EnterAsync(tenant, ct);
    }
}
