using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.GetTenant;

[RequiresAccess(Access.Platform)]
public sealed record GetTenantQuery(string Subdomain) : IQuery<TenantDto>;

public sealed class GetTenantQueryHandler(IReadRepository<Organization> organizations) : IQueryHandler<GetTenantQuery, TenantDto>
{
    public async ValueTask<TenantDto> Handle(GetTenantQuery query, CancellationToken ct) =>
        TenantDto.From(await organizations.GetStudioAsync(query.Subdomain, ct));
}
