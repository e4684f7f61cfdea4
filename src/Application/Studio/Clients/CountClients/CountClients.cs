using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Clients.CountClients;

[RequiresAccess(Access.ReadStudio)]
public sealed record CountClientsQuery(bool IncludeArchived = false) : IQuery<ClientCountDto>;

public sealed record ClientCountDto(int Count, bool IncludesArchived);

public sealed class CountClientsQueryHandler(IReadRepository<Client> clients) : IQueryHandler<CountClientsQuery, ClientCountDto>
{
    public async ValueTask<ClientCountDto> Handle(CountClientsQuery query, CancellationToken ct) =>
        new(await clients.CountAsync(new ClientsMatchingSearchSpec(null, query.IncludeArchived), ct), query.IncludeArchived);
}
