using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

public enum ResolutionOutcome
{
    Studio,
    NotFound,
    NotReady,
}

public sealed record Resolution(ResolutionOutcome Outcome, string? Subdomain = null, TenantInfo? Tenant = null);

/// <summary>
/// Host → platform or studio, from the platform catalog. A studio's entry is kept while it is used (10 minutes after
/// its last request) and, once older than Tenancy:ResolutionCacheSeconds, served as it is while a fresh copy is read in
/// the background: steady traffic never waits on the catalog. A change drops the entry at once in the process that made
/// it and, through PostgreSQL's NOTIFY on the platform database (<see cref="StudioChangeListener"/>), in every running
/// app instance; unknown studios are remembered for 5 seconds only.
/// </summary>
public sealed class TenantResolver(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<TenancyOptions> options, ILogger<TenantResolver> logger)
    : ITenantCache
{
    private static readonly TimeSpan UnknownStudioTtl = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan KeptWhileUsed = TimeSpan.FromMinutes(10);
    private readonly TenancyOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, byte> _refreshing = new();
    // Bumped by Invalidate: a lookup that started before a change must not put back what it read.
    private readonly ConcurrentDictionary<string, long> _generations = new();
    private long _epoch;

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

    public async Task<Resolution> ResolveSubdomainAsync(string subdomain, CancellationToken ct)
    {
        if (cache.TryGetValue(CacheKey(subdomain), out Entry? entry) && entry is not null && entry.Epoch == Interlocked.Read(ref _epoch))
        {
            if (Environment.TickCount64 - entry.ReadAt > _options.ResolutionCacheSeconds * 1000L && _refreshing.TryAdd(subdomain, 0))
                _ = RefreshAsync(subdomain);
            return entry.Resolution;
        }
        return await LookUpAsync(subdomain, ct);
    }

    public const string ChangeChannel = "rsm_studio_changed";

    public async Task InvalidateAsync(string subdomain, CancellationToken ct)
    {
        Forget(subdomain);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database
            .ExecuteSqlAsync($"SELECT pg_notify({ChangeChannel}, {subdomain})", ct);
    }

    /// <summary>Drops this process's entry (and stops an in-flight read from putting the old one back).</summary>
    public void Forget(string subdomain)
    {
        _generations.AddOrUpdate(subdomain, 1, (_, generation) => generation + 1);
        cache.Remove(CacheKey(subdomain));
    }

    /// <summary>Drops every entry: after notifications may have been missed (the listener reconnected).</summary>
    public void ForgetAll() => Interlocked.Increment(ref _epoch);

    private async Task RefreshAsync(string subdomain)
    {
        try
        {
            await LookUpAsync(subdomain, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The entry stays as it was; the next request past its age tries again.
            logger.LogWarning(ex, "Refreshing the catalog entry of {Subdomain} failed", subdomain);
        }
        finally
        {
            _refreshing.TryRemove(subdomain, out _);
        }
    }

    private async Task<Resolution> LookUpAsync(string subdomain, CancellationToken ct)
    {
        var generation = _generations.GetValueOrDefault(subdomain);
        var epoch = Interlocked.Read(ref _epoch);
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var organization = await catalog.Organizations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Subdomain == subdomain && o.Status != OrganizationStatus.Deleted, ct);
        // Its plan's limits travel with the studio (a plan unknown to the catalog limits nothing).
        var plan = organization is null ? null : await catalog.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Name == organization.Plan, ct);
        var resolution = organization switch
        {
            null => new Resolution(ResolutionOutcome.NotFound, subdomain),
            { Database: not { State: ProvisioningState.Ready } } => new Resolution(ResolutionOutcome.NotReady, subdomain),
            _ => new Resolution(ResolutionOutcome.Studio, subdomain, new TenantInfo(organization.Id, organization.Subdomain,
                organization.Name, organization.Status, organization.Database.DatabaseName, organization.Database.ServerKey,
                organization.Plan, organization.TrialEndsAt, organization.TimeZone, organization.Language, plan is null ? null : PlanLimits.Of(plan))),
        };
        var options = resolution.Outcome == ResolutionOutcome.Studio
            ? new MemoryCacheEntryOptions { SlidingExpiration = KeptWhileUsed }
            : new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = UnknownStudioTtl };
        if (_generations.GetValueOrDefault(subdomain) == generation)
            cache.Set(CacheKey(subdomain), new Entry(resolution, Environment.TickCount64, epoch), options);
        return resolution;
    }

    private static string CacheKey(string subdomain) => "tenant:" + subdomain;

    private sealed record Entry(Resolution Resolution, long ReadAt, long Epoch);
}
