using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.ApiKeys.GetApiKeys;

/// <summary>The studio's API keys, newest first, a page at a time; never their secrets.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record GetApiKeysQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<ApiKeyDto>>;

public sealed class ApiKeysNewestFirstSpec : Specification<ApiKey, ApiKeyDto>
{
    public ApiKeysNewestFirstSpec(int page, int pageSize)
    {
        Query.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .AsNoTracking();
        Query.Select(k => new ApiKeyDto(k.Id, k.Name, k.Prefix, k.Role, k.CreatedAt, k.LastUsedAt, k.RevokedAt));
    }
}

public sealed class GetApiKeysQueryHandler(IReadRepository<ApiKey> keys) : IQueryHandler<GetApiKeysQuery, PagedResult<ApiKeyDto>>
{
    public async ValueTask<PagedResult<ApiKeyDto>> Handle(GetApiKeysQuery query, CancellationToken ct) =>
        await keys.PageAsync(new ApiKeysNewestFirstSpec(query.Page, query.PageSize), query.Page, query.PageSize, ct);
}
