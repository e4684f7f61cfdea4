using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Clients.GetAllClients;

[RequiresAccess(Access.ReadStudio)]
public sealed record GetAllClientsQuery(string? Search = null, bool IncludeArchived = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<ClientDto>>;

public sealed class GetAllClientsQueryHandler(IReadRepository<Client> clients) : IQueryHandler<GetAllClientsQuery, PagedResult<ClientDto>>
{
    public async ValueTask<PagedResult<ClientDto>> Handle(GetAllClientsQuery query, CancellationToken ct)
    {
        var spec = new ClientsMatchingSearchSpec(query.Search, query.IncludeArchived, query.Page, query.PageSize);
        var page = await clients.ListAsync(spec, ct);
        var total = await clients.CountAsync(spec, ct);
        return new PagedResult<ClientDto>(page.Adapt<List<ClientDto>>(), total, query.Page, query.PageSize);
    }
}
