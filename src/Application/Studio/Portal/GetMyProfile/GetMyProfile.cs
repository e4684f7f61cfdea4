using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.GetMyProfile;

[RequiresAccess(Access.Portal)]
public sealed record GetMyProfileQuery : IQuery<ClientDto>;

public sealed class GetMyProfileQueryHandler(IReadRepository<Client> clients, ICurrentUser user) : IQueryHandler<GetMyProfileQuery, ClientDto>
{
    public async ValueTask<ClientDto> Handle(GetMyProfileQuery query, CancellationToken ct) =>
        (await clients.GetOrThrowAsync(user.RequireClientId(), ct)).Adapt<ClientDto>() with { Notes = null };
}
