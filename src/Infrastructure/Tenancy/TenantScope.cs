using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>
/// The one road from a name to a studio's database, for a request (its host) and for the CLI (a subdomain): resolve it
/// through the catalog cache, refuse what cannot be entered with one exception, and lease the studio's pool for the
/// scope (<see cref="TenantContext"/>). The exception handler turns a refusal into ProblemDetails or, for a person's
/// browser, a page; the CLI prints its message.
/// </summary>
public sealed class TenantScope(TenantResolver resolver, TenantContext context)
{
    /// <summary>Enters the studio a request's host names; false for the platform's apex host, where there is none.</summary>
    public async Task<bool> EnterHostAsync(string host, CancellationToken ct)
    {
        var subdomain = resolver.SubdomainOf(host) ?? throw NotFound(host);
        if (subdomain.Length == 0) return false;
        await EnterAsync(subdomain, allowSuspended: false, ct, shownAs: host);
        return true;
    }

    /// <summary>Enters a studio by subdomain. The operator's CLI may enter a suspended studio; a request may not.</summary>
    /// <exception cref="TenantUnavailableException">404 studio_not_found or studio_not_ready, 403 studio_suspended.</exception>
    public async Task<TenantInfo> EnterAsync(string subdomain, bool allowSuspended, CancellationToken ct, string? shownAs = null)
    {
        var name = subdomain.Trim().ToLowerInvariant();
        var resolution = await resolver.ResolveSubdomainAsync(name, ct);
        var tenant = resolution switch
        {
            { Outcome: ResolutionOutcome.Studio, Tenant: { } found } => found,
            { Outcome: ResolutionOutcome.NotReady } => throw new TenantUnavailableException("studio_not_ready", "The studio '{0}' is not ready yet.", 404, name),
            _ => throw NotFound(shownAs ?? name),
        };
        if (!allowSuspended && tenant.Status == OrganizationStatus.Suspended)
            throw new TenantUnavailableException("studio_suspended", "The studio '{0}' is suspended.", 403, name);
        await context.EnterAsync(tenant, ct);
        return tenant;
    }

    private static TenantUnavailableException NotFound(string name) =>
        new("studio_not_found", "There is no studio at '{0}'.", 404, name);
}
