using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

public enum ResolutionOutcome
{
    Platform,
    Studio,
    NotFound,
    NotReady,
}

public sealed record Resolution(ResolutionOutcome Outcome, string? Subdomain = null, TenantInfo? Tenant = null);

/// <summary>Host → platform or studio, with the catalog lookup cached briefly and dropped when a studio changes.</summary>
public sealed class TenantResolver(PlatformDbContext catalog, IMemoryCache cache, IOptions<TenancyOptions> options) : ITenantCache
{
    private static readonly TimeSpan UnknownStudioTtl = TimeSpan.FromSeconds(5);
    private readonly TenancyOptions _options = options.Value;

    /// <summary>The subdomain of a host under the root domain, "" for the apex (or www), null for a foreign host.</summary>
    public string? SubdomainOf(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        var root = _options.RootDomain.ToLowerInvariant();
        if (host == root || host == "www." + root) return "";
        if (!host.EndsWith("." + root, StringComparison.Ordinal)) return null;
        var sub = host[..^(root.Length + 1)];
        return sub.Contains('.') ? null : sub;
    }

    public async Task<Resolution> ResolveHostAsync(string host, CancellationToken ct)
    {
        var subdomain = SubdomainOf(host);
        if (subdomain is null) return new Resolution(ResolutionOutcome.NotFound);
        if (subdomain.Length == 0) return new Resolution(ResolutionOutcome.Platform);
        return await ResolveSubdomainAsync(subdomain, ct);
    }

    public async Task<Resolution> ResolveSubdomainAsync(string subdomain, CancellationToken ct)
    {
        var key = CacheKey(subdomain);
        if (cache.TryGetValue(key, out Resolution? cached) && cached is not null) return cached;

        var organization = await catalog.Organizations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Subdomain == subdomain && o.Status != OrganizationStatus.Deleted, ct);
        var resolution = organization switch
        {
            null => new Resolution(ResolutionOutcome.NotFound, subdomain),
            { Database: not { State: ProvisioningState.Ready } } => new Resolution(ResolutionOutcome.NotReady, subdomain),
            _ => new Resolution(ResolutionOutcome.Studio, subdomain, new TenantInfo(organization.Id, organization.Subdomain,
                organization.Name, organization.Status, organization.Database.DatabaseName, organization.Database.ServerKey,
                organization.Plan, organization.TrialEndsAt)),
        };
        cache.Set(key, resolution, resolution.Outcome == ResolutionOutcome.Studio
            ? TimeSpan.FromSeconds(_options.ResolutionCacheSeconds)
            : UnknownStudioTtl);
        return resolution;
    }

    public void Invalidate(string subdomain) => cache.Remove(CacheKey(subdomain));

    private static string CacheKey(string subdomain) => "tenant:" + subdomain;
}
