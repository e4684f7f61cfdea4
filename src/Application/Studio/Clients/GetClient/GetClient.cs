using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Clients.GetClient;

[RequiresAccess(Access.ReadStudio)]
public sealed record GetClientQuery(Guid Id) : IQuery<ClientDto>;

public sealed class GetClientQueryHandler(IReadRepository<Client> clients) : IQueryHandler<GetClientQuery, ClientDto>
{
    public async ValueTask<ClientDto> Handle(GetClientQuery query, CancellationToken ct) =>
        (await clients.GetOrThrowAsync(query.Id, ct)).Adapt<ClientDto>();
}
