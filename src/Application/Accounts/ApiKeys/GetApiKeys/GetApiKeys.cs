using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.ApiKeys.GetApiKeys;

/// <summary>The studio's API keys, newest first; never their secrets.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record GetApiKeysQuery : IQuery<IReadOnlyList<ApiKeyDto>>;

public sealed class ApiKeysNewestFirstSpec : Specification<ApiKey, ApiKeyDto>
{
    public ApiKeysNewestFirstSpec()
    {
        Query.OrderByDescending(k => k.CreatedAt).AsNoTracking();
        Query.Select(k => new ApiKeyDto(k.Id, k.Name, k.Prefix, k.Role, k.CreatedAt, k.LastUsedAt, k.RevokedAt));
    }
}

public sealed class GetApiKeysQueryHandler(IReadRepository<ApiKey> keys) : IQueryHandler<GetApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(GetApiKeysQuery query, CancellationToken ct) =>
        await keys.ListAsync(new ApiKeysNewestFirstSpec(), ct);
}
