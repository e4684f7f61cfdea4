using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants;

/// <summary>The operator's changes to a studio: load it by subdomain, change it, save, drop its cached resolution.</summary>
public sealed class TenantChanges(IRepository<Organization> organizations, ITenantCache cache)
{
    public async Task<TenantDto> ApplyAsync(string subdomain, Action<Organization> change, CancellationToken ct)
    {
        var organization = await organizations.GetStudioAsync(subdomain, ct);
        change(organization);
        await organizations.SaveChangesAsync(ct);
        await cache.InvalidateAsync(organization.Subdomain, ct);
        return TenantDto.From(organization);
    }
}
