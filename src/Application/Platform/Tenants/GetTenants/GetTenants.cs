using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.GetTenants;

/// <summary>Every studio; with <paramref name="IncludeSizes"/>, each database's size as its server reports it.</summary>
[RequiresAccess(Access.Platform)]
public sealed record GetTenantsQuery(bool IncludeSizes = false) : IQuery<IReadOnlyList<TenantDto>>;

public sealed class GetTenantsQueryHandler(IReadRepository<Organization> organizations, IPlatformDiagnostics diagnostics)
    : IQueryHandler<GetTenantsQuery, IReadOnlyList<TenantDto>>
{
    public async ValueTask<IReadOnlyList<TenantDto>> Handle(GetTenantsQuery query, CancellationToken ct)
    {
        var tenants = (await organizations.ListAsync(new AllTenantsSpec(), ct)).Select(TenantDto.From).ToList();
        if (!query.IncludeSizes) return tenants;
        var sizes = await diagnostics.DatabaseSizesAsync(ct);
        return tenants.Select(t => t with { DatabaseBytes = t.DatabaseName is { } db && sizes.TryGetValue(db, out var bytes) ? bytes : null }).ToList();
    }
}
