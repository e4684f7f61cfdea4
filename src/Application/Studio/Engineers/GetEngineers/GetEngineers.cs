using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Engineers.GetEngineers;

/// <summary>The studio's engineers by name, a page at a time.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetEngineersQuery(bool IncludeInactive = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<EngineerDto>>;

public sealed class GetEngineersQueryHandler(IReadRepository<Engineer> engineers) : IQueryHandler<GetEngineersQuery, PagedResult<EngineerDto>>
{
    public async ValueTask<PagedResult<EngineerDto>> Handle(GetEngineersQuery query, CancellationToken ct) =>
        await engineers.PageAsync<Engineer, EngineerDto>(new EngineersByNameSpec(query.IncludeInactive, query.Page, query.PageSize), query.Page, query.PageSize, ct);
}
