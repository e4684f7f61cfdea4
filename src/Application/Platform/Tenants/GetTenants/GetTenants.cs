using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.GetTenants;

[RequiresAccess(Access.Platform)]
public sealed record GetTenantsQuery : IQuery<IReadOnlyList<TenantDto>>;

public sealed class GetTenantsQueryHandler(IReadRepository<Organization> organizations) : IQueryHandler<GetTenantsQuery, IReadOnlyList<TenantDto>>
{
    public async ValueTask<IReadOnlyList<TenantDto>> Handle(GetTenantsQuery query, CancellationToken ct) =>
        (await organizations.ListAsync(new AllTenantsSpec(), ct)).Select(TenantDto.From).ToList();
}
