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
    public async ValueTask<PagedResult<ClientDto>> Handle(GetAllClientsQuery query, CancellationToken ct) =>
        await clients.PageAsync<Client, ClientDto>(
            new ClientsMatchingSearchSpec(query.Search, query.IncludeArchived, query.Page, query.PageSize), query.Page, query.PageSize, ct);
}
